package uk.stpartnership.workflow.audit;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every read and change of a case-linked record (a consultation request, a task about a case), with who did
 * it and when. Written in the caller's transaction, so a change and its audit entry stand or fall together.
 */
@Singleton
@Connectable
public class AuditLog {

    public enum Action { READ, CREATE, UPDATE }

    /** One record touched: its type ("task", "consultation-request"), its id and the case it is about. */
    public record Entry(String recordType, String recordId, String caseReference) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void record(Actor actor, Action action, Entry entry) {
        record(actor, action, List.of(entry));
    }

    /** Several records in one statement: a page of tasks is one round trip, not one per task. */
    public void record(Actor actor, Action action, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO audit_event (at, actor_id, actor_organisation, action, record_type, record_id, case_reference) VALUES ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?)");
        }
        Timestamp at = Timestamp.from(Instant.now(clock));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Entry entry : entries) {
                s.setTimestamp(p++, at);
                s.setString(p++, actor.id());
                s.setString(p++, actor.organisation());
                s.setString(p++, action.name());
                s.setString(p++, entry.recordType());
                s.setString(p++, entry.recordId());
                s.setString(p++, entry.caseReference());
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit log", e);
        }
    }
}
