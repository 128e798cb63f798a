package uk.stpartnership.workflow.meetings;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.util.List;
import java.util.UUID;

/** The typed outcomes of a meeting's minutes. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class OutcomeRepository {

    private static final String COLUMNS = "id, meeting_id, position, agenda_item_id, kind, wording, rationale, decision_id";

    private final Jdbc jdbc;

    public OutcomeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Outcome o) {
        jdbc.update("INSERT INTO meeting_outcome (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)",
                o.id(), o.meetingId(), o.position(), o.agendaItemId(), o.type(), o.wording(), o.rationale(), o.decisionId());
    }

    public List<Outcome> of(UUID meetingId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM meeting_outcome WHERE meeting_id = ? ORDER BY position",
                r -> new Outcome(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "meeting_id"), r.getInt("position"), Jdbc.uuid(r, "agenda_item_id"),
                        Outcome.Type.valueOf(r.getString("kind")), r.getString("wording"), r.getString("rationale"),
                        Jdbc.uuid(r, "decision_id")),
                meetingId);
    }
}
