package uk.stpartnership.workflow;

import uk.stpartnership.testsupport.TestEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock kept with the engine's: when the test moves the engine's clock on, the service's moves by
 * as much, so that "is the agenda still open" or "is this action overdue" is asked at the engine's time.
 */
public final class EngineClock extends Clock {

    private final TestEngine engine;
    private volatile Duration shift = Duration.ZERO;

    public EngineClock(TestEngine engine) {
        this.engine = engine;
    }

    /** Moves both clocks to just after the instant (never back). */
    public void moveTo(Instant instant) {
        Duration by = Duration.between(instant(), instant.plusSeconds(60));
        if (!by.isNegative()) {
            shift = shift.plus(by);
            engine.moveClock(by);
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }
}
