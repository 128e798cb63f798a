package uk.stpartnership.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A program the launcher runs (the broker, a service), its output in var/logs/NAME.log. */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logs) throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ChildProcess(name, builder.start(), log);
    }

    /** Waits until {@code ready} holds; fails with the end of the log if the program dies or takes too long. */
    void awaitReady(BooleanSupplier ready, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up (exit " + process.exitValue() + ")\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    Path log() {
        return log;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the program to stop (SIGTERM, so it shuts down cleanly), and ends it if it does not within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
