package uk.stpartnership.workflow.outbox;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Sends one due outbox row, locked so that no other drainer sends it too, and marks it sent in the same transaction. */
@Singleton
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private record Row(UUID id, String kind, String bpmnProcessId, UUID recordId, String messageName, String correlationKey,
                       String messageId, long timeToLiveMs, String variables, int attempts) {
    }

    private final Jdbc jdbc;
    private final Engine engine;
    private final JsonMapper json;
    private final Clock clock;

    OutboxSender(Jdbc jdbc, Engine engine, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /**
     * False when nothing is due. Messages to one correlation key go in the order they were written: one waits while
     * an earlier one for the same key is unsent.
     */
    @Transactional
    public boolean sendNext() {
        Instant now = Instant.now(clock);
        Row row = jdbc.one("SELECT id, kind, bpmn_process_id, record_id, message_name, correlation_key, message_id, time_to_live_ms,"
                        + " variables::text AS variables, attempts FROM engine_outbox o WHERE sent_at IS NULL AND next_attempt_at <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM engine_outbox earlier WHERE earlier.sent_at IS NULL"
                        + "   AND earlier.correlation_key = o.correlation_key AND earlier.created_at < o.created_at)"
                        + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED", OutboxSender::row, now).orElse(null);
        if (row == null) {
            return false;
        }
        Map<String, Object> variables = variables(row);
        try {
            boolean fresh = engine.publishMessage(row.messageName(), row.correlationKey(), row.messageId(),
                    Duration.ofMillis(row.timeToLiveMs()), variables);
            jdbc.update("UPDATE engine_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?", Instant.now(clock), row.id());
            if (row.kind().equals("START")) {
                LOG.info("Process {} {} for {}", row.bpmnProcessId(), fresh ? "started" : "was already started", row.recordId());
            } else {
                LOG.info("Message {} for {} {}", row.messageName(), row.correlationKey(), fresh ? "published" : "was already published");
            }
        } catch (RuntimeException e) {
            // Not reached, or refused for now (backpressure): tried again later, with a growing wait.
            Duration wait = Duration.ofSeconds(1L << Math.min(row.attempts(), 8));
            wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            jdbc.update("UPDATE engine_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                    Instant.now(clock).plus(wait), String.valueOf(e.getMessage()), row.id());
            LOG.warn("Outbox {} {} not sent (attempt {}), again in {}: {}", row.kind(), row.id(), row.attempts() + 1, wait, e.toString());
        }
        return true;
    }

    private Map<String, Object> variables(Row row) {
        try {
            return json.readValue(row.variables(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Outbox row " + row.id() + " has unreadable variables", e);
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(Jdbc.uuid(r, "id"), r.getString("kind"), r.getString("bpmn_process_id"), Jdbc.uuid(r, "record_id"),
                r.getString("message_name"), r.getString("correlation_key"), r.getString("message_id"), r.getLong("time_to_live_ms"),
                r.getString("variables"), r.getInt("attempts"));
    }
}
