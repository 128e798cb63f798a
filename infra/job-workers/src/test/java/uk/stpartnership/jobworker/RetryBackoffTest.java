package uk.stpartnership.jobworker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void doublesWithEachFailureUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(backoff::after)).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(160), Duration.ofSeconds(320), Duration.ofMinutes(10),
                Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    @Test
    void aLongRunOfFailuresStaysAtTheCap() {
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
        assertThat(new RetryBackoff(Duration.ofDays(365), Duration.ofDays(365 * 1000)).after(1000)).isEqualTo(Duration.ofDays(365 * 1000));
    }

    @Test
    void aFailureCountBelowOneIsTheFirst() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aCapBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
