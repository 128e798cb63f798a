import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the local platform's default ports while the tests run, as a running local platform would (issue 8 §7):
 * a test that binds a fixed port then fails. A port already taken (the platform itself running) is held anyway.
 * Run with java's single-file launcher: java .ci/HoldPorts.java 8080 8081 ...; it stays until it is ended.
 */
public class HoldPorts {

    public static void main(String[] args) throws IOException, InterruptedException {
        List<ServerSocket> held = new ArrayList<>();
        List<String> alreadyTaken = new ArrayList<>();
        for (String port : args) {
            try {
                held.add(new ServerSocket(Integer.parseInt(port), 50, InetAddress.getLoopbackAddress()));
            } catch (IOException taken) {
                alreadyTaken.add(port);
            }
        }
        System.out.println("Holding ports " + held.stream().map(ServerSocket::getLocalPort).toList()
                + (alreadyTaken.isEmpty() ? "" : ", already taken: " + alreadyTaken) + ", as a running local platform would");
        Thread.currentThread().join();
    }
}
