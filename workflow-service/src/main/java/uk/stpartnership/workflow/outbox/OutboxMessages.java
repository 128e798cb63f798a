package uk.stpartnership.workflow.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxMessages extends GenericRepository<OutboxMessage, UUID> {

    OutboxMessage save(OutboxMessage message);

    /** A start, unless the record already has one (index engine_outbox_one_start). */
    @Query("""
            INSERT INTO engine_outbox (id, kind, bpmn_process_id, record_id, message_name, correlation_key, message_id, time_to_live_ms,
                                       variables, created_at, next_attempt_at)
            VALUES (:id, 'START', :bpmnProcessId, :recordId, :messageName, :correlationKey, :messageId, :timeToLiveMs,
                    CAST(:variables AS jsonb), :createdAt, :createdAt)
            ON CONFLICT DO NOTHING""")
    void insertStartIfAbsent(UUID id, String bpmnProcessId, UUID recordId, String messageName, String correlationKey, String messageId,
                             long timeToLiveMs, @TypeDef(type = DataType.JSON) Map<String, Object> variables, Instant createdAt);

    /**
     * The oldest row due, locked so that no other drainer takes it. Messages to one correlation key go in the order they
     * were written: one waits while an earlier one for the same key is unsent.
     */
    @Query("""
            SELECT * FROM engine_outbox o WHERE sent_at IS NULL AND next_attempt_at <= :now
              AND NOT EXISTS (SELECT 1 FROM engine_outbox earlier WHERE earlier.sent_at IS NULL
                              AND earlier.correlation_key = o.correlation_key AND earlier.created_at < o.created_at)
            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
    Optional<OutboxMessage> lockNextDue(Instant now);

    @Query("UPDATE engine_outbox SET sent_at = :sentAt, attempts = attempts + 1 WHERE id = :id")
    void markSent(UUID id, Instant sentAt);

    @Query("UPDATE engine_outbox SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :lastError WHERE id = :id")
    void recordFailure(UUID id, Instant nextAttemptAt, String lastError);
}
