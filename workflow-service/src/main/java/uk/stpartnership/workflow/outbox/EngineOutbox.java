package uk.stpartnership.workflow.outbox;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the engine is to be told, written in the caller's transaction beside the record it is about: a process
 * start or a message. Nothing reaches the engine before the record is committed, and nothing committed is lost:
 * the {@link OutboxDrainer} sends it once the transaction has committed, and again until the engine has it.
 */
@Singleton
public class EngineOutbox {

    /**
     * How long a start message is kept by the engine, and a second one refused: longer than workflow-service is
     * ever down between sending a start and marking it sent. A message starts a process once, however long it is kept.
     */
    private static final Duration START_TIME_TO_LIVE = Duration.ofDays(7);

    private final OutboxMessages messages;
    private final TransactionOperations<Connection> transactions;
    private final OutboxDrainer drainer;
    private final Clock clock;

    EngineOutbox(OutboxMessages messages, TransactionOperations<Connection> transactions, OutboxDrainer drainer, Clock clock) {
        this.messages = messages;
        this.transactions = transactions;
        this.drainer = drainer;
        this.clock = clock;
    }

    /**
     * Starts a process for a record, once: a second start for the same record is ignored here, and the start is the
     * message of the process's message start event with the record's id as correlation key and message id, so a start
     * sent again (the engine acted, then the service stopped before marking it sent) is refused by the engine
     * (ALREADY_EXISTS) while the first is buffered: for {@link #START_TIME_TO_LIVE}.
     */
    public void startProcess(String bpmnProcessId, String startMessage, UUID recordId, Map<String, Object> variables) {
        messages.insertStartIfAbsent(UUID.randomUUID(), bpmnProcessId, recordId, startMessage, recordId.toString(), recordId.toString(),
                START_TIME_TO_LIVE.toMillis(), variables, Instant.now(clock));
        wakeAfterCommit();
    }

    /**
     * Publishes a message. The engine refuses a second message with the same id while the first is buffered, so a
     * message sent again after an unknown outcome arrives once; without an id of the caller's, the outbox row's is used.
     */
    public void publishMessage(String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables) {
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        messages.save(new OutboxMessage(id, OutboxMessage.Kind.MESSAGE, null, null, name, correlationKey,
                messageId == null ? id.toString() : messageId, timeToLive.toMillis(), variables, now, 0, now, null, null));
        wakeAfterCommit();
    }

    /** Sent at once after the commit (the first meeting is planned without waiting for the next poll). */
    private void wakeAfterCommit() {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                drainer.wake();
            }
        }), drainer::wake);
    }
}
