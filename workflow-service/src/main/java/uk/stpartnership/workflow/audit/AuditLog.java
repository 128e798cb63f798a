package uk.stpartnership.workflow.audit;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every read and change of a case-linked record (a consultation request, a task about a case), with who did
 * it and when. Written in the caller's transaction, so a change and its audit entry stand or fall together.
 */
@Singleton
public class AuditLog {

    public enum Action { READ, CREATE, UPDATE }

    /** One record touched: its type ("task", "consultation-request"), its id and the case it is about. */
    public record Entry(String recordType, String recordId, String caseReference) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        Instant at = Instant.now(clock);
        List<Object> parameters = new ArrayList<>();
        for (Entry entry : entries) {
            parameters.addAll(Arrays.asList(at, actor.id(), actor.organisation(), action, entry.recordType(), entry.recordId(),
                    entry.caseReference()));
        }
        jdbc.update("INSERT INTO audit_event (at, actor_id, actor_organisation, action, record_type, record_id, case_reference) VALUES "
                + String.join(",", Collections.nCopies(entries.size(), "(?,?,?,?,?,?,?)")), parameters.toArray());
    }
}
