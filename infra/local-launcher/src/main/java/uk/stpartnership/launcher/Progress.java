package uk.stpartnership.launcher;

import java.time.Duration;
import java.time.Instant;

/** One line per step on the console, with how long it took, so a person can see the platform come up. */
final class Progress {

    private Progress() {
    }

    interface Step<T> {
        T run() throws Exception;
    }

    static <T> T step(String what, Step<T> step) {
        Instant started = Instant.now();
        System.out.println("  … " + what);
        try {
            T result = step.run();
            System.out.printf("  ✓ %s (%.1f s)%n", what, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
