package uk.stpartnership.launcher;

import uk.stpartnership.testsupport.TestEngine;

import java.time.Duration;
import java.time.Instant;

/** The in-memory engine's clock, moved ahead of the services' for the timers of a journey: days of a governance cycle. */
final class EngineAhead {

    private final TestEngine engine;
    private Duration ahead = Duration.ZERO;

    EngineAhead(TestEngine engine) {
        this.engine = engine;
    }

    /** Moves the engine's clock to just after {@code moment}, if it is not there yet. */
    void moveTo(Instant moment) {
        Duration step = Duration.between(Instant.now().plus(ahead), moment).plusMinutes(1);
        if (!step.isNegative()) {
            engine.moveClock(step);
            ahead = ahead.plus(step);
        }
    }
}
