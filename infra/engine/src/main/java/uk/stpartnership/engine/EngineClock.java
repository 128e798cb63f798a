package uk.stpartnership.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The engine's clock: the system's, moved forward only in tests (the equivalent of Zeebe's increaseTime). */
public final class EngineClock extends Clock {

    private final boolean movable;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private volatile Runnable onMove = () -> { };

    private EngineClock(boolean movable) {
        this.movable = movable;
    }

    public static EngineClock system() {
        return new EngineClock(false);
    }

    public static EngineClock movable() {
        return new EngineClock(true);
    }

    public void moveBy(Duration duration) {
        if (!movable) {
            throw new IllegalStateException("This engine runs on the system clock");
        }
        offset.accumulateAndGet(duration, Duration::plus);
        onMove.run();
    }

    void onMove(Runnable listener) {
        this.onMove = listener;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The engine's clock is in UTC");
    }
}
