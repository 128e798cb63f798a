package uk.stpartnership.launcher;

import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/** What the end-to-end journeys share: ports nothing else uses, and the mail one person received. */
final class Journeys {

    private Journeys() {
    }

    static Ports freePorts() {
        return new Ports(free(), free(), free(), free(), free(), free(), free(), free(), free(), free(), free(), free());
    }

    static List<MimeMessage> mailTo(LocalPlatform platform, String address) {
        return platform.receivedMail().stream().filter(message -> {
            try {
                return message.getAllRecipients() != null && List.of(message.getAllRecipients()).toString().contains(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
