package uk.stpartnership.launcher;

import jakarta.mail.internet.MimeMessage;
import uk.stpartnership.testsupport.TestEngine;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the end-to-end journeys share: ports nothing else uses, the mail one person received, and their steps on the console. */
final class Journeys {

    private Journeys() {
    }

    /** The platform as the launcher runs it, on an engine whose clock a test may move; its files in a new temporary directory. */
    static LocalPlatform startOn(TestEngine engine, String name) throws Exception {
        return startOn(engine, name, Map.of());
    }

    /** As above, each service's environment also holding these variables. */
    static LocalPlatform startOn(TestEngine engine, String name, Map<String, String> environment) throws Exception {
        return LocalPlatform.start(new LocalPlatform.Settings(Path.of(System.getProperty("platform.home", "target")),
                Files.createTempDirectory(name), freePorts(), engine.grpcAddress(), false, environment));
    }

    /**
     * The platform as the launcher runs it, with its own engine, for a journey through the pages: skipped, loudly,
     * where there is no Chromium to drive.
     */
    static LocalPlatform startForTheBrowser(String name, boolean demoHistory) throws Exception {
        return startForTheBrowser(name, demoHistory, Map.of());
    }

    /** As above, each service's environment also holding these variables. */
    static LocalPlatform startForTheBrowser(String name, boolean demoHistory, Map<String, String> environment) throws Exception {
        Browser.assumeChromium();
        return LocalPlatform.start(new LocalPlatform.Settings(Path.of(System.getProperty("platform.home", "target")),
                Files.createTempDirectory(name), freePorts(), null, demoHistory, environment));
    }

    static void stop(LocalPlatform platform) {
        if (platform != null) {
            platform.close();
        }
    }

    static void stop(LocalPlatform platform, TestEngine engine) {
        stop(platform);
        engine.close();
    }

    static Ports freePorts() {
        return new Ports(free(), free(), free(), free(), free(), free(), free(), free(), free());
    }

    interface Step {
        void run() throws Exception;
    }

    /** One step of a journey, printed as the launcher prints its own: what it is, then how long it took. */
    static void step(String what, Step step) {
        Progress.step(what, () -> {
            step.run();
            return null;
        });
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
