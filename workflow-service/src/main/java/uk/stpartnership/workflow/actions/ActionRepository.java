package uk.stpartnership.workflow.actions;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Actions and their history. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class ActionRepository {

    private static final String COLUMNS = "id, meeting_id, series_id, outcome_id, decision_id, title, owner, borough, due_date,"
            + " status, escalated, created_at, done_at, done_by, done_note";

    /** Overdue actions counted per borough and owner. */
    @Serdeable
    public record OverdueCount(String borough, String owner, long overdue, LocalDate oldestDueDate) {
    }

    private final Jdbc jdbc;

    public ActionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Action a) {
        jdbc.update("INSERT INTO governance_action (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                a.id(), a.meetingId(), a.seriesId(), a.outcomeId(), a.decisionId(), a.title(), a.owner(), a.borough(),
                a.dueDate(), a.status(), a.escalated(), a.createdAt(), a.doneAt(), a.doneBy(), a.doneNote());
    }

    public void addHistory(ActionHistory h) {
        jdbc.update("INSERT INTO action_history (action_id, at, event, by_person, note, old_due_date, new_due_date) VALUES (?,?,?,?,?,?,?)",
                h.actionId(), h.at(), h.event(), h.by(), h.note(), h.oldDueDate(), h.newDueDate());
    }

    public Optional<Action> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM governance_action WHERE id = ?", ActionRepository::map, id);
    }

    /** Locks the action until the transaction ends, so that a re-delivered job sees what the first one did. */
    public Optional<Action> findForUpdate(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM governance_action WHERE id = ? FOR UPDATE", ActionRepository::map, id);
    }

    public void markDone(UUID id, String by, String note, Instant at) {
        jdbc.update("UPDATE governance_action SET status = 'DONE', done_at = ?, done_by = ?, done_note = ? WHERE id = ?", at, by, note, id);
    }

    /** A new due date; the action is no longer marked escalated (it escalates again if the new date passes). */
    public void changeDueDate(UUID id, LocalDate dueDate) {
        jdbc.update("UPDATE governance_action SET due_date = ?, escalated = false WHERE id = ?", dueDate, id);
    }

    public void markEscalated(UUID id) {
        jdbc.update("UPDATE governance_action SET escalated = true WHERE id = ?", id);
    }

    public List<Action> ofMeeting(UUID meetingId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM governance_action WHERE meeting_id = ? ORDER BY created_at, id", ActionRepository::map, meetingId);
    }

    /** The follow-up actions of several decisions in one query. */
    public List<Action> ofDecisions(List<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT " + COLUMNS + " FROM governance_action WHERE decision_id = ANY (?::uuid[]) ORDER BY due_date, id",
                ActionRepository::map, decisionIds);
    }

    public List<Action> openOfSeries(UUID seriesId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM governance_action WHERE series_id = ? AND status = 'OPEN' ORDER BY due_date, id LIMIT ?",
                ActionRepository::map, seriesId, limit);
    }

    public long countOpenOfSeries(UUID seriesId) {
        return jdbc.count("SELECT count(*) FROM governance_action WHERE series_id = ? AND status = 'OPEN'", seriesId);
    }

    /** Escalated open actions not yet on the agenda of a steering meeting that still stands. */
    public List<Action> awaitingSteeringAgenda() {
        return jdbc.list("SELECT " + COLUMNS + " FROM governance_action a WHERE a.escalated AND a.status = 'OPEN'"
                + " AND NOT EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id"
                + "   WHERE i.action_id = a.id AND m.status <> 'CANCELLED') ORDER BY a.due_date, a.id", ActionRepository::map);
    }

    public List<Action> list(ActionFilter filter, Actor actor, LocalDate today, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, actor, today, parameters);
        parameters.add(page.size());
        parameters.add(page.offset());
        return jdbc.list("SELECT " + COLUMNS + " FROM governance_action a WHERE " + where + " ORDER BY due_date, id LIMIT ? OFFSET ?",
                ActionRepository::map, parameters.toArray());
    }

    public long count(ActionFilter filter, Actor actor, LocalDate today) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, actor, today, parameters);
        return jdbc.count("SELECT count(*) FROM governance_action a WHERE " + where, parameters.toArray());
    }

    /** Only the filters given, so that each list can use its index (borough, owner or status, then due date). */
    private static String where(ActionFilter filter, Actor actor, LocalDate today, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!actor.seesAcrossBoroughs()) {
            conditions.add("(a.borough = ? OR a.owner = ?)");
            parameters.add(actor.organisation());
            parameters.add(actor.id());
        }
        if (filter.borough() != null) {
            conditions.add("a.borough = ?");
            parameters.add(filter.borough());
        }
        if (filter.owner() != null) {
            conditions.add("a.owner = ?");
            parameters.add(filter.owner());
        }
        if (filter.status() != null) {
            conditions.add("a.status = ?");
            parameters.add(filter.status());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? "(a.status = 'OPEN' AND a.due_date < ?)" : "(a.status <> 'OPEN' OR a.due_date >= ?)");
            parameters.add(today);
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    /** The history of several actions in one query, oldest first. */
    public List<ActionHistory> historyOf(List<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT action_id, at, event, by_person, note, old_due_date, new_due_date FROM action_history"
                        + " WHERE action_id = ANY (?::uuid[]) ORDER BY action_id, at, id",
                r -> new ActionHistory(Jdbc.uuid(r, "action_id"), Jdbc.instant(r, "at"), ActionHistory.Event.valueOf(r.getString("event")),
                        r.getString("by_person"), r.getString("note"), Jdbc.date(r, "old_due_date"), Jdbc.date(r, "new_due_date")),
                actionIds);
    }

    public List<OverdueCount> overdueByBoroughAndOwner(LocalDate today, PageRequest page) {
        return jdbc.list("SELECT borough, owner, count(*) AS overdue, min(due_date) AS oldest FROM governance_action"
                        + " WHERE status = 'OPEN' AND due_date < ? GROUP BY borough, owner ORDER BY borough, owner LIMIT ? OFFSET ?",
                r -> new OverdueCount(r.getString("borough"), r.getString("owner"), r.getLong("overdue"), Jdbc.date(r, "oldest")),
                today, page.size(), page.offset());
    }

    public long countOverdueBoroughOwners(LocalDate today) {
        return jdbc.count("SELECT count(*) FROM (SELECT DISTINCT borough, owner FROM governance_action WHERE status = 'OPEN' AND due_date < ?) o", today);
    }

    private static Action map(ResultSet r) throws SQLException {
        return new Action(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "meeting_id"), Jdbc.uuid(r, "series_id"), Jdbc.uuid(r, "outcome_id"),
                Jdbc.uuid(r, "decision_id"), r.getString("title"), r.getString("owner"), r.getString("borough"),
                Jdbc.date(r, "due_date"), Action.Status.valueOf(r.getString("status")), r.getBoolean("escalated"),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "done_at"), r.getString("done_by"), r.getString("done_note"));
    }
}
