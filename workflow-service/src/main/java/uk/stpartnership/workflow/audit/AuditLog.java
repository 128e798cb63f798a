package uk.stpartnership.workflow.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import org.slf4j.MDC;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every read and change of a case-linked record (a consultation request, a task about a case, a complaint): who did
 * it and when, which records, which fields, by which route or job, and the attempts that were refused. Written in
 * the caller's transaction, so a change and its audit entry stand or fall together; a refusal in its own.
 */
@Singleton
public class AuditLog {

    public enum Action { READ, CREATE, UPDATE }

    /** A record by its kind ("complaint", "task") and id. */
    @Serdeable
    public record Ref(String kind, String id) {
        String key() {
            return kind + ":" + id;
        }
    }

    /**
     * A field a change touched: its old and new values, or only its name where the values could carry something
     * sensitive (a protected detail, a reason in the complainant's words).
     */
    @Serdeable
    public record Change(String field, @Nullable String from, @Nullable String to) {

        public static Change of(String field, @Nullable Object from, @Nullable Object to) {
            return new Change(field, from == null ? null : from.toString(), to == null ? null : to.toString());
        }

        public static Change named(String field) {
            return new Change(field, null, null);
        }
    }

    /**
     * One record touched: its type ("task", "consultation-request"), its id, the case it is about, the fields a
     * change touched, and other records whose trail shows the touch too (a complaint's task is the complaint's).
     */
    public record Entry(String recordType, String recordId, @Nullable String caseReference, List<Change> changes, List<Ref> alsoAbout) {

        public Entry {
            changes = List.copyOf(changes);
            alsoAbout = List.copyOf(alsoAbout);
        }

        public Entry(String recordType, String recordId, @Nullable String caseReference) {
            this(recordType, recordId, caseReference, List.of(), List.of());
        }

        public Entry changing(List<Change> touched) {
            return new Entry(recordType, recordId, caseReference, touched, alsoAbout);
        }

        public Entry alsoAbout(Ref other) {
            return new Entry(recordType, recordId, caseReference, changes,
                    Stream.concat(alsoAbout.stream(), Stream.of(other)).toList());
        }

        Stream<String> about() {
            return Stream.concat(Stream.of(new Ref(recordType, recordId).key()), alsoAbout.stream().map(Ref::key));
        }
    }

    /**
     * An entry as a record's audit trail shows it: who, when, what they did to which record (or, for a list, which
     * records it showed), which fields changed, by which route or job, and the status when it was refused.
     */
    @Serdeable
    public record Event(Instant at, String actorId, String actorOrganisation, Action action, String recordType,
                        @Nullable String recordId, List<String> recordIds, List<Change> changes, @Nullable String route,
                        @Nullable Integer refused) {
    }

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(Actor actor, Action action, Entry entry) {
        record(actor, action, List.of(entry));
    }

    /** Several records touched one by one, in one batch: one entry each. */
    public void record(Actor actor, Action action, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant at = Instant.now(clock);
        String route = route();
        events.saveAll(entries.stream().map(entry -> new AuditEvent(null, at, actor.id(), actor.organisation(), action, entry.recordType(),
                entry.recordId(), null, entry.changes().isEmpty() ? null : entry.changes(), route, null, entry.about().toList(),
                entry.caseReference())).toList());
    }

    /**
     * A list read: one entry naming every record shown, on each one's trail. Nothing shown, nothing recorded. Only in a
     * transaction that changes nothing else: its commit does not wait for the WAL flush (synchronous_commit off, for
     * this transaction only). That is PostgreSQL's documented trade-off: never an inconsistency; the entry is lost only
     * if the database server itself crashes within about 3 × wal_writer_delay (600 ms) of the commit, and the list it
     * records was read, not changed. Every change's entry ({@link #record}) is committed synchronously, with its change.
     */
    public void recordList(Actor actor, String recordType, List<Entry> shown) {
        if (shown.isEmpty()) {
            return;
        }
        events.commitWithoutWaitingForFlush();
        Set<String> about = new LinkedHashSet<>();
        shown.forEach(entry -> entry.about().forEach(about::add));
        Set<String> cases = new LinkedHashSet<>();
        shown.forEach(entry -> cases.add(String.valueOf(entry.caseReference())));
        String caseReference = cases.size() == 1 ? shown.get(0).caseReference() : null;
        events.save(new AuditEvent(null, Instant.now(clock), actor.id(), actor.organisation(), Action.READ, recordType, null,
                shown.stream().map(Entry::recordId).toList(), null, route(), null, List.copyOf(about), caseReference));
    }

    /**
     * An attempt on a record that was refused (403, or 404 as if it did not exist), in a transaction of its own: the
     * attempt's own transaction is rolled back, the record of it stays.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordRefusal(Actor actor, Action action, Entry attempted, int status, String route) {
        events.save(new AuditEvent(null, Instant.now(clock), actor.id(), actor.organisation(), action, attempted.recordType(),
                attempted.recordId(), null, null, route, status, attempted.about().toList(), attempted.caseReference()));
    }

    /** A record's audit trail, newest first: every entry about it, its lists and refusals included. */
    public Page<Event> of(String recordType, String recordId, PageRequest page) {
        return Page.of(events.findAbout(new Ref(recordType, recordId).key(), page.pageable()), AuditEvent::event);
    }

    /**
     * The route of the request being served ("PUT /internal/complaints/…/assignments"), else the job being worked
     * ("job complaint/record-withdrawn", from the job's log context).
     */
    private static String route() {
        return ServerRequestContext.currentRequest().map(AuditLog::route).orElseGet(() -> {
            String process = MDC.get("bpmnProcessId");
            return process == null ? null : "job " + process + "/" + MDC.get("elementId");
        });
    }

    private static String route(HttpRequest<?> request) {
        return request.getMethodName() + " " + request.getPath();
    }
}
