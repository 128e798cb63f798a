package uk.stpartnership.jobworker;

import java.time.Duration;

/**
 * How long a failed job waits before its next attempt: the base after its first failure, doubling with each further
 * failure, never longer than the cap. It counts the failures the job has had, not the retries it has left, so it holds
 * for whatever number of retries a model gives a task.
 */
public record RetryBackoff(Duration base, Duration cap) {

    public RetryBackoff {
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("A retry backoff needs 0 <= base <= cap, not " + base + " and " + cap);
        }
    }

    /** The wait after the job's {@code failures}th failure (1 for its first). */
    public Duration after(int failures) {
        Duration wait = base;
        // Doubling stops at the cap, so a long run of failures cannot overflow.
        for (int failure = 1; failure < failures && wait.compareTo(cap) < 0; failure++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
