package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local mode listens on this machine only. The whole platform as the launcher runs it, the Zeebe broker included;
 * then every listening socket of every process it runs (this JVM's mail server and mail page, the broker, the three
 * services, PostgreSQL) is read from /proc, and each must be bound to 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalModeListensOnThisMachineOnlyIT {

    private record Listening(long pid, String command, InetAddress address, int port) {
        @Override
        public String toString() {
            return command + " (pid " + pid + ") on " + address.getHostAddress() + ":" + port;
        }
    }

    private Path var;
    private Ports ports;
    private LocalPlatform platform;

    @BeforeAll
    void start() throws Exception {
        var = Files.createTempDirectory("local-mode-listens");
        ports = Journeys.freePorts();
        platform = LocalPlatform.start(new LocalPlatform.Settings(Path.of(System.getProperty("platform.home", "target")), var, ports));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void every_port_of_the_platform_is_bound_to_the_loopback_address_only() throws IOException {
        List<Listening> listening = listeningSockets(platformProcesses());

        assertThat(listening).extracting(Listening::port).contains(ports.uiApi(), ports.workflowService(), ports.notificationService(),
                ports.postgres(), ports.smtp(), ports.imap(), ports.mailPage(), ports.engine(), ports.engineOperations());
        assertThat(listening).allSatisfy(socket ->
                assertThat(socket.address().getHostAddress()).as(socket.toString()).isEqualTo(LocalPlatform.LOOPBACK));
    }

    /** This JVM (with the engine), what it started (the services), and PostgreSQL, which pg_ctl leaves running on its own. */
    private List<ProcessHandle> platformProcesses() throws IOException {
        List<ProcessHandle> processes = new ArrayList<>();
        processes.add(ProcessHandle.current());
        ProcessHandle.current().descendants().forEach(processes::add);
        long postmaster = Long.parseLong(Files.readAllLines(var.resolve("postgres-17/postmaster.pid")).getFirst().strip());
        ProcessHandle.of(postmaster).ifPresent(postgres -> {
            processes.add(postgres);
            postgres.descendants().forEach(processes::add);
        });
        return processes;
    }

    /** The sockets in LISTEN state (0A) of /proc/net/tcp and tcp6 whose inode one of the processes holds open. */
    private static List<Listening> listeningSockets(List<ProcessHandle> processes) throws IOException {
        Map<Long, ProcessHandle> socketOwners = new HashMap<>();
        for (ProcessHandle process : processes) {
            try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
                descriptors.forEach(descriptor -> {
                    try {
                        String target = Files.readSymbolicLink(descriptor).toString();
                        if (target.startsWith("socket:[")) {
                            socketOwners.put(Long.parseLong(target.substring(8, target.length() - 1)), process);
                        }
                    } catch (IOException closedMeanwhile) {
                        // a descriptor closed while it was listed holds no listening socket
                    }
                });
            } catch (IOException ended) {
                // a process that ended meanwhile listens on nothing
            }
        }
        List<Listening> listening = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                ProcessHandle owner = socketOwners.get(Long.parseLong(fields[9]));
                if (!fields[3].equals("0A") || owner == null || !seen.add(fields[1] + fields[9])) {
                    continue;
                }
                String[] local = fields[1].split(":");
                listening.add(new Listening(owner.pid(), owner.info().command().orElse("?"), address(local[0]),
                        Integer.parseInt(local[1], 16)));
            }
        }
        return listening;
    }

    /** /proc/net writes an address as 32-bit words, each in the machine's (little-endian) byte order. */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] address = HexFormat.of().parseHex(hex);
        for (int word = 0; word < address.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = address[word + i];
                address[word + i] = address[word + 3 - i];
                address[word + 3 - i] = swap;
            }
        }
        return InetAddress.getByAddress(address);
    }
}
