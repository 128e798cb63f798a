package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Actions and their history. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActionRepository extends GenericRepository<Action, UUID> {

    /**
     * Only the filters given count: each absent one is true at planning, so each list can use its index (borough, owner
     * or status, then due date).
     */
    String FILTERED = " WHERE (:everyone OR a.borough = :organisation OR a.owner = :actorId)"
            + " AND (CAST(:borough AS text) IS NULL OR a.borough = :borough)"
            + " AND (CAST(:owner AS text) IS NULL OR a.owner = :owner)"
            + " AND (CAST(:status AS text) IS NULL OR a.status = :status)"
            + " AND (CAST(:overdue AS boolean) IS NULL OR (:overdue AND a.status = 'OPEN' AND (a.due_date < :today OR a.escalated))"
            + "      OR (NOT :overdue AND (a.status <> 'OPEN' OR (a.due_date >= :today AND NOT a.escalated))))";

    String OVERDUE = " FROM governance_action WHERE status = 'OPEN' AND (due_date < :today OR escalated)";

    Action save(Action action);

    Optional<Action> findById(UUID id);

    /** Locks the action until the transaction ends, so that a re-delivered job sees what the first one did. */
    @Query("SELECT * FROM governance_action WHERE id = :id FOR UPDATE")
    Optional<Action> findForUpdate(UUID id);

    @Query("UPDATE governance_action SET status = 'DONE', done_at = :at, done_by = :by, done_note = :note WHERE id = :id")
    void markDone(UUID id, String by, @Nullable String note, Instant at);

    /** A new due date; the action is no longer marked escalated (it escalates again if the new date passes). */
    @Query("UPDATE governance_action SET due_date = :dueDate, escalated = false WHERE id = :id")
    void changeDueDate(UUID id, LocalDate dueDate);

    @Query("UPDATE governance_action SET escalated = true WHERE id = :id")
    void markEscalated(UUID id);

    default void addHistory(ActionHistory h) {
        addHistory(h.actionId(), h.at(), h.event(), h.by(), h.note(), h.oldDueDate(), h.newDueDate());
    }

    @Query("""
            INSERT INTO action_history (action_id, at, event, by_person, note, old_due_date, new_due_date)
            VALUES (:actionId, :at, :event, :by, :note, :oldDueDate, :newDueDate)""")
    void addHistory(UUID actionId, Instant at, ActionHistory.Event event, String by, @Nullable String note, @Nullable LocalDate oldDueDate,
                    @Nullable LocalDate newDueDate);

    /** The history of several actions in one query, oldest first. */
    @Query("""
            SELECT action_id, at, event, by_person AS "by", note, old_due_date, new_due_date FROM action_history
            WHERE action_id IN (:actionIds) ORDER BY action_id, at, id""")
    List<ActionHistory> historyOf(List<UUID> actionIds);

    @Query("SELECT * FROM governance_action WHERE meeting_id = :meetingId ORDER BY created_at, id")
    List<Action> ofMeeting(UUID meetingId);

    /** The follow-up actions of several decisions in one query. */
    @Query("SELECT * FROM governance_action WHERE decision_id IN (:decisionIds) ORDER BY due_date, id")
    List<Action> ofDecisions(List<UUID> decisionIds);

    @Query("SELECT * FROM governance_action WHERE series_id = :seriesId AND status = 'OPEN' ORDER BY due_date, id LIMIT :limit")
    List<Action> openOfSeries(UUID seriesId, int limit);

    @Query("SELECT count(*) FROM governance_action WHERE series_id = :seriesId AND status = 'OPEN'")
    long countOpenOfSeries(UUID seriesId);

    /** Escalated open actions not yet on the agenda of a steering meeting that still stands. */
    @Query("""
            SELECT * FROM governance_action a WHERE a.escalated AND a.status = 'OPEN'
            AND NOT EXISTS (SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.action_id = a.id AND m.status <> 'CANCELLED')
            ORDER BY a.due_date, a.id""")
    List<Action> awaitingSteeringAgenda();

    @Query(value = "SELECT a.* FROM governance_action a" + FILTERED + " ORDER BY a.due_date, a.id",
            countQuery = "SELECT count(*) FROM governance_action a" + FILTERED)
    Page<Action> list(boolean everyone, String organisation, String actorId, @Nullable String borough, @Nullable String owner,
                      @Nullable Action.Status status, @Nullable Boolean overdue, LocalDate today, Pageable pageable);

    @Query(value = "SELECT borough, owner, count(*) AS overdue, min(due_date) AS oldest_due_date" + OVERDUE
            + " GROUP BY borough, owner ORDER BY borough, owner",
            countQuery = "SELECT count(*) FROM (SELECT DISTINCT borough, owner" + OVERDUE + ") o")
    Page<FindActions.OverdueCount> overdueByBoroughAndOwner(LocalDate today, Pageable pageable);
}
