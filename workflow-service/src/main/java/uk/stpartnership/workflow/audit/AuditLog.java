package uk.stpartnership.workflow.audit;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;

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

    /** Who read or changed a record, and when: as the record's audit trail shows it. */
    @Serdeable
    public record Event(Instant at, String actorId, String actorOrganisation, Action action) {
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

    /** A record's audit trail, newest first (index audit_event_record). */
    public List<Event> of(String recordType, String recordId, PageRequest page) {
        return jdbc.list("SELECT at, actor_id, actor_organisation, action FROM audit_event WHERE record_type = ? AND record_id = ?"
                        + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                r -> new Event(Jdbc.instant(r, "at"), r.getString("actor_id"), r.getString("actor_organisation"),
                        Action.valueOf(r.getString("action"))), recordType, recordId, page.size(), page.offset());
    }

    public long count(String recordType, String recordId) {
        return jdbc.count("SELECT count(*) FROM audit_event WHERE record_type = ? AND record_id = ?", recordType, recordId);
    }
}
