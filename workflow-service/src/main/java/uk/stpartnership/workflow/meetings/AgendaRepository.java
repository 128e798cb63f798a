package uk.stpartnership.workflow.meetings;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Agenda items. Callers hold the meeting's lock (MeetingRepository.findForUpdate), which keeps positions unique. */
@Singleton
@Connectable
public class AgendaRepository {

    private static final String COLUMNS = "id, meeting_id, position, title, purpose, papers, owner, added_by, added_at, action_id, referred_from";

    private final Jdbc jdbc;

    public AgendaRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the item after the last one; answers it with its position. */
    public AgendaItem add(AgendaItem item) {
        jdbc.update("INSERT INTO agenda_item (" + COLUMNS + ") VALUES"
                        + " (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (meeting_id, action_id) WHERE action_id IS NOT NULL DO NOTHING",
                item.id(), item.meetingId(), item.meetingId(), item.title(), item.purpose(), item.papers(), item.owner(),
                item.addedBy(), item.addedAt(), item.actionId(), item.referredFrom());
        return jdbc.one("SELECT " + COLUMNS + " FROM agenda_item WHERE meeting_id = ? AND (id = ? OR action_id = ?)",
                AgendaRepository::map, item.meetingId(), item.id(), item.actionId()).orElseThrow();
    }

    /** The item referred to this meeting from another, if it has been. */
    public Optional<AgendaItem> referral(UUID meetingId, UUID referredFrom) {
        return jdbc.one("SELECT " + COLUMNS + " FROM agenda_item WHERE meeting_id = ? AND referred_from = ?",
                AgendaRepository::map, meetingId, referredFrom);
    }

    public List<AgendaItem> of(UUID meetingId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM agenda_item WHERE meeting_id = ? ORDER BY position", AgendaRepository::map, meetingId);
    }

    private static AgendaItem map(ResultSet r) throws SQLException {
        return new AgendaItem(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "meeting_id"), r.getInt("position"), r.getString("title"),
                AgendaItem.Purpose.valueOf(r.getString("purpose")), Jdbc.texts(r, "papers"), r.getString("owner"),
                r.getString("added_by"), Jdbc.instant(r, "added_at"), Jdbc.uuid(r, "action_id"), Jdbc.uuid(r, "referred_from"));
    }
}
