package uk.stpartnership.workflow.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Sends one due outbox row, locked so that no other drainer sends it too, and marks it sent in the same transaction. */
@Singleton
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final OutboxMessages messages;
    private final Engine engine;
    private final Clock clock;

    OutboxSender(OutboxMessages messages, Engine engine, Clock clock) {
        this.messages = messages;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * False when nothing is due. Messages to one correlation key go in the order they were written: one waits while
     * an earlier one for the same key is unsent.
     */
    @Transactional
    public boolean sendNext() {
        OutboxMessage row = messages.lockNextDue(Instant.now(clock)).orElse(null);
        if (row == null) {
            return false;
        }
        try {
            boolean fresh = engine.publishMessage(row.messageName(), row.correlationKey(), row.messageId(),
                    Duration.ofMillis(row.timeToLiveMs()), row.variables());
            messages.markSent(row.id(), Instant.now(clock));
            if (row.kind() == OutboxMessage.Kind.START) {
                LOG.info("Process {} {} for {}", row.bpmnProcessId(), fresh ? "started" : "was already started", row.recordId());
            } else {
                LOG.info("Message {} for {} {}", row.messageName(), row.correlationKey(), fresh ? "published" : "was already published");
            }
        } catch (RuntimeException e) {
            // Not reached, or refused for now (backpressure): tried again later, with a growing wait.
            Duration wait = Duration.ofSeconds(1L << Math.min(row.attempts(), 8));
            wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            messages.recordFailure(row.id(), Instant.now(clock).plus(wait), String.valueOf(e.getMessage()));
            LOG.warn("Outbox {} {} not sent (attempt {}), again in {}: {}", row.kind(), row.id(), row.attempts() + 1, wait, e.toString());
        }
        return true;
    }
}
