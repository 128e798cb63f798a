package uk.stpartnership.workflow.meetings;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings and their attendance. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class MeetingRepository {

    private static final String SELECT = "SELECT m.id, m.series_id, s.meeting_group, m.meeting_date, m.title, m.scheduled_at, m.ends_at,"
            + " m.agenda_call_at, m.agenda_closes_at, m.minutes_approval_due_at, m.location, m.chair, m.organisation, m.quorum,"
            + " m.status, m.planned_at, m.agenda_pack_at, m.cancelled_at, m.minutes_recorded_at, m.minutes_recorded_by,"
            + " m.quorum_met, m.minutes_approved_at, m.minutes_approved_by, m.minutes_approval_note"
            + " FROM meeting m JOIN meeting_series s ON s.id = m.series_id";
    private static final String NOT_APPROVED = " WHERE m.status <> 'CANCELLED' AND m.minutes_approved_at IS NULL AND m.scheduled_at < ?";

    private final Jdbc jdbc;

    public MeetingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans the meeting unless its series already has one that day; answers the meeting that stands. */
    public Meeting insertIfAbsent(Meeting m) {
        MeetingTimes t = m.times();
        jdbc.update("INSERT INTO meeting (id, series_id, meeting_date, title, scheduled_at, ends_at, agenda_call_at, agenda_closes_at,"
                        + " minutes_approval_due_at, location, chair, organisation, quorum, status, planned_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (series_id, meeting_date) DO NOTHING",
                m.id(), m.seriesId(), m.date(), m.title(), t.scheduledAt(), t.endsAt(), t.agendaCallAt(), t.agendaClosesAt(),
                t.minutesApprovalDueAt(), m.location(), m.chair(), m.organisation(), m.quorum(), m.status(), m.plannedAt());
        return jdbc.one(SELECT + " WHERE m.series_id = ? AND m.meeting_date = ? FOR UPDATE OF m", MeetingRepository::map,
                m.seriesId(), m.date()).orElseThrow();
    }

    public Optional<Meeting> find(UUID id) {
        return jdbc.one(SELECT + " WHERE m.id = ?", MeetingRepository::map, id);
    }

    /** Locks the meeting until the transaction ends: its agenda and minutes change one writer at a time. */
    public Optional<Meeting> findForUpdate(UUID id) {
        return jdbc.one(SELECT + " WHERE m.id = ? FOR UPDATE OF m", MeetingRepository::map, id);
    }

    public List<Meeting> upcomingOf(UUID seriesId) {
        return jdbc.list(SELECT + " WHERE m.series_id = ? AND m.status = 'PLANNED' ORDER BY m.scheduled_at", MeetingRepository::map, seriesId);
    }

    /** The next steering group meeting whose agenda is still open, locked for adding to it. */
    public Optional<Meeting> nextSteeringMeetingWithOpenAgenda(Instant now) {
        return jdbc.one(SELECT + " WHERE s.meeting_group = 'STEERING' AND m.status = 'PLANNED' AND m.agenda_pack_at IS NULL"
                + " AND m.agenda_closes_at > ? ORDER BY m.scheduled_at LIMIT 1 FOR UPDATE OF m", MeetingRepository::map, now);
    }

    public void markAgendaPackSent(UUID id, Instant at) {
        jdbc.update("UPDATE meeting SET agenda_pack_at = ? WHERE id = ? AND agenda_pack_at IS NULL", at, id);
    }

    /** Whether the series has a meeting (of any status) that day. */
    public boolean existsOn(UUID seriesId, java.time.LocalDate date) {
        return jdbc.count("SELECT count(*) FROM meeting WHERE series_id = ? AND meeting_date = ?", seriesId, date) > 0;
    }

    /** New day, times and place; the agenda is open again until the new closing time (a new pack goes out). */
    public void move(UUID id, java.time.LocalDate date, MeetingTimes t, String location, String reason) {
        jdbc.update("UPDATE meeting SET meeting_date = ?, scheduled_at = ?, ends_at = ?, agenda_call_at = ?, agenda_closes_at = ?,"
                        + " minutes_approval_due_at = ?, location = ?, move_reason = ?, agenda_pack_at = NULL WHERE id = ?",
                date, t.scheduledAt(), t.endsAt(), t.agendaCallAt(), t.agendaClosesAt(), t.minutesApprovalDueAt(), location, reason, id);
    }

    /** Why the meeting last moved, if it has. */
    public Optional<String> moveReason(UUID id) {
        return jdbc.one("SELECT move_reason FROM meeting WHERE id = ? AND move_reason IS NOT NULL", r -> r.getString("move_reason"), id);
    }

    /** The chair's note on the finalised agenda (null: none); the agenda is finalised again after a move. */
    public void recordAgendaNote(UUID id, String note) {
        jdbc.update("UPDATE meeting SET agenda_note = ? WHERE id = ?", note, id);
    }

    public Optional<String> agendaNote(UUID id) {
        return jdbc.one("SELECT agenda_note FROM meeting WHERE id = ? AND agenda_note IS NOT NULL", r -> r.getString("agenda_note"), id);
    }

    /** Answers false when the meeting was no longer planned (already cancelled, or held). */
    public boolean markCancelled(UUID id, Instant at) {
        return jdbc.update("UPDATE meeting SET status = 'CANCELLED', cancelled_at = ? WHERE id = ? AND status = 'PLANNED'", at, id) == 1;
    }

    public void markHeld(UUID id, List<String> attendees, boolean quorumMet, String recordedBy, Instant at) {
        jdbc.update("UPDATE meeting SET status = 'HELD', minutes_recorded_at = ?, minutes_recorded_by = ?, quorum_met = ? WHERE id = ?",
                at, recordedBy, quorumMet, id);
        StringBuilder sql = new StringBuilder("INSERT INTO meeting_attendee (meeting_id, person_id) VALUES ");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?)");
            parameters.add(id);
            parameters.add(attendees.get(i));
        }
        if (!attendees.isEmpty()) {
            jdbc.update(sql.append(" ON CONFLICT DO NOTHING").toString(), parameters.toArray());
        }
    }

    public List<String> attendeesOf(UUID id) {
        return jdbc.list("SELECT person_id FROM meeting_attendee WHERE meeting_id = ? ORDER BY person_id", row -> row.getString(1), id);
    }

    /** The chair's answer on the minutes; approved minutes stay approved. */
    public void recordMinutesApproval(UUID id, boolean approved, String by, String note, Instant at) {
        jdbc.update("UPDATE meeting SET minutes_approved_at = CASE WHEN ?::boolean THEN ?::timestamptz END, minutes_approved_by = ?,"
                + " minutes_approval_note = ? WHERE id = ? AND minutes_approved_at IS NULL", approved, at, by, note, id);
    }

    /** Meetings that have taken place without approved minutes, oldest first. */
    public List<Meeting> minutesNotApproved(Instant now, PageRequest page) {
        return jdbc.list(SELECT + NOT_APPROVED + " ORDER BY m.scheduled_at, m.id LIMIT ? OFFSET ?", MeetingRepository::map,
                now, page.size(), page.offset());
    }

    public long countMinutesNotApproved(Instant now) {
        return jdbc.count("SELECT count(*) FROM meeting m" + NOT_APPROVED, now);
    }

    private static Meeting map(ResultSet r) throws SQLException {
        MeetingTimes times = new MeetingTimes(Jdbc.instant(r, "scheduled_at"), Jdbc.instant(r, "ends_at"),
                Jdbc.instant(r, "agenda_call_at"), Jdbc.instant(r, "agenda_closes_at"), Jdbc.instant(r, "minutes_approval_due_at"));
        return new Meeting(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "series_id"), Group.valueOf(r.getString("meeting_group")),
                Jdbc.date(r, "meeting_date"), r.getString("title"), times, r.getString("location"), r.getString("chair"),
                r.getString("organisation"), r.getInt("quorum"), Meeting.Status.valueOf(r.getString("status")),
                Jdbc.instant(r, "planned_at"), Jdbc.instant(r, "agenda_pack_at"), Jdbc.instant(r, "cancelled_at"),
                Jdbc.instant(r, "minutes_recorded_at"), r.getString("minutes_recorded_by"), Jdbc.nullableBoolean(r, "quorum_met"),
                Jdbc.instant(r, "minutes_approved_at"), r.getString("minutes_approved_by"), r.getString("minutes_approval_note"));
    }
}
