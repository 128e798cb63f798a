package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings and their attendance; a meeting is read with its series' group. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingRepository extends GenericRepository<Meeting, UUID> {

    String SELECT = "SELECT m.*, s.meeting_group FROM meeting m JOIN meeting_series s ON s.id = m.series_id";
    String NOT_APPROVED = " WHERE m.status <> 'CANCELLED' AND m.minutes_approved_at IS NULL AND m.scheduled_at < :now";

    /** Plans the meeting unless its series already has one that day; answers the meeting that stands. */
    default Meeting insertIfAbsent(Meeting m) {
        MeetingTimes t = m.times();
        insertUnlessPlanned(m.id(), m.seriesId(), m.date(), m.title(), t.scheduledAt(), t.endsAt(), t.agendaCallAt(), t.agendaClosesAt(),
                t.minutesApprovalDueAt(), m.location(), m.chair(), m.organisation(), m.quorum(), m.status(), m.plannedAt());
        return onDayForUpdate(m.seriesId(), m.date()).orElseThrow();
    }

    @Query("""
            INSERT INTO meeting (id, series_id, meeting_date, title, scheduled_at, ends_at, agenda_call_at, agenda_closes_at,
                                 minutes_approval_due_at, location, chair, organisation, quorum, status, planned_at)
            VALUES (:id, :seriesId, :date, :title, :scheduledAt, :endsAt, :agendaCallAt, :agendaClosesAt, :minutesApprovalDueAt, :location,
                    :chair, :organisation, :quorum, :status, :plannedAt)
            ON CONFLICT (series_id, meeting_date) DO NOTHING""")
    void insertUnlessPlanned(UUID id, UUID seriesId, LocalDate date, String title, Instant scheduledAt, Instant endsAt, Instant agendaCallAt,
                             Instant agendaClosesAt, Instant minutesApprovalDueAt, String location, String chair, String organisation,
                             int quorum, Meeting.Status status, Instant plannedAt);

    @Query(SELECT + " WHERE m.series_id = :seriesId AND m.meeting_date = :date FOR UPDATE OF m")
    Optional<Meeting> onDayForUpdate(UUID seriesId, LocalDate date);

    @Query(SELECT + " WHERE m.id = :id")
    Optional<Meeting> find(UUID id);

    /** Locks the meeting until the transaction ends: its agenda and minutes change one writer at a time. */
    @Query(SELECT + " WHERE m.id = :id FOR UPDATE OF m")
    Optional<Meeting> findForUpdate(UUID id);

    /** The meetings the series has held, latest first. */
    @Query(SELECT + " WHERE m.series_id = :seriesId AND m.status = 'HELD' ORDER BY m.scheduled_at DESC LIMIT :limit")
    List<Meeting> heldOf(UUID seriesId, int limit);

    @Query(SELECT + " WHERE m.series_id = :seriesId AND m.status = 'PLANNED' ORDER BY m.scheduled_at")
    List<Meeting> upcomingOf(UUID seriesId);

    /** The next steering group meeting whose agenda is still open, locked for adding to it. */
    @Query(SELECT + " WHERE s.meeting_group = 'STEERING' AND m.status = 'PLANNED' AND m.agenda_pack_at IS NULL"
            + " AND m.agenda_closes_at > :now ORDER BY m.scheduled_at LIMIT 1 FOR UPDATE OF m")
    Optional<Meeting> nextSteeringMeetingWithOpenAgenda(Instant now);

    /** The next operational group meeting whose agenda is still open, locked for adding to it. */
    @Query(SELECT + " WHERE s.meeting_group = 'OPERATIONAL' AND m.status = 'PLANNED' AND m.agenda_pack_at IS NULL"
            + " AND m.agenda_closes_at > :now ORDER BY m.scheduled_at LIMIT 1 FOR UPDATE OF m")
    Optional<Meeting> nextOperationalMeetingWithOpenAgenda(Instant now);

    @Query("UPDATE meeting SET agenda_pack_at = :at WHERE id = :id AND agenda_pack_at IS NULL")
    void markAgendaPackSent(UUID id, Instant at);

    /** Whether the series has a meeting (of any status) that day. */
    @Query("SELECT EXISTS (SELECT 1 FROM meeting WHERE series_id = :seriesId AND meeting_date = :date)")
    boolean existsOn(UUID seriesId, LocalDate date);

    /** New day, times and place; the agenda is open again until the new closing time (a new pack goes out). */
    default void move(UUID id, LocalDate date, MeetingTimes t, String location, String reason) {
        move(id, date, t.scheduledAt(), t.endsAt(), t.agendaCallAt(), t.agendaClosesAt(), t.minutesApprovalDueAt(), location, reason);
    }

    @Query("""
            UPDATE meeting SET meeting_date = :date, scheduled_at = :scheduledAt, ends_at = :endsAt, agenda_call_at = :agendaCallAt,
                agenda_closes_at = :agendaClosesAt, minutes_approval_due_at = :minutesApprovalDueAt, location = :location,
                move_reason = :reason, agenda_pack_at = NULL
            WHERE id = :id""")
    void move(UUID id, LocalDate date, Instant scheduledAt, Instant endsAt, Instant agendaCallAt, Instant agendaClosesAt,
              Instant minutesApprovalDueAt, String location, String reason);

    /** Why the meeting last moved, if it has. */
    @Query("SELECT move_reason FROM meeting WHERE id = :id AND move_reason IS NOT NULL")
    Optional<String> moveReason(UUID id);

    /** The chair's note on the finalised agenda (null: none); the agenda is finalised again after a move. */
    @Query("UPDATE meeting SET agenda_note = :note WHERE id = :id")
    void recordAgendaNote(UUID id, @Nullable String note);

    @Query("SELECT agenda_note FROM meeting WHERE id = :id AND agenda_note IS NOT NULL")
    Optional<String> agendaNote(UUID id);

    /** Answers false when the meeting was no longer planned (already cancelled, or held). */
    default boolean markCancelled(UUID id, Instant at) {
        return cancelIfPlanned(id, at) == 1;
    }

    @Query("UPDATE meeting SET status = 'CANCELLED', cancelled_at = :at WHERE id = :id AND status = 'PLANNED'")
    int cancelIfPlanned(UUID id, Instant at);

    default void markHeld(UUID id, List<String> attendees, boolean quorumMet, String recordedBy, Instant at) {
        recordHeld(id, quorumMet, recordedBy, at);
        if (!attendees.isEmpty()) {
            addAttendees(id, attendees);
        }
    }

    @Query("UPDATE meeting SET status = 'HELD', minutes_recorded_at = :at, minutes_recorded_by = :recordedBy, quorum_met = :quorumMet WHERE id = :id")
    void recordHeld(UUID id, boolean quorumMet, String recordedBy, Instant at);

    /** All the attendees in one statement. */
    @Query("INSERT INTO meeting_attendee (meeting_id, person_id) SELECT :id, unnest(CAST(:attendees AS text[])) ON CONFLICT DO NOTHING")
    void addAttendees(UUID id, @TypeDef(type = DataType.STRING_ARRAY) List<String> attendees);

    @Query("SELECT person_id FROM meeting_attendee WHERE meeting_id = :id ORDER BY person_id")
    List<String> attendeesOf(UUID id);

    /** The chair's answer on the minutes; approved minutes stay approved. */
    @Query("""
            UPDATE meeting SET minutes_approved_at = CASE WHEN :approved THEN CAST(:at AS timestamptz) END, minutes_approved_by = :by,
                minutes_approval_note = :note
            WHERE id = :id AND minutes_approved_at IS NULL""")
    void recordMinutesApproval(UUID id, boolean approved, String by, @Nullable String note, Instant at);

    /** Meetings that have taken place without approved minutes, oldest first (index meeting_minutes_not_approved). */
    @Query(value = SELECT + NOT_APPROVED + " ORDER BY m.scheduled_at, m.id", countQuery = "SELECT count(*) FROM meeting m" + NOT_APPROVED)
    Page<Meeting> minutesNotApproved(Instant now, Pageable pageable);
}
