package uk.stpartnership.workflow.decisions;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.meetings.Group;
import uk.stpartnership.workflow.meetings.SeriesVisibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The decision log. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class DecisionRepository {

    private static final String COLUMNS = "d.id, d.meeting_id, d.series_id, d.meeting_group, d.organisation, d.decided_on, d.wording,"
            + " d.rationale, d.status, d.supersedes, d.superseded_by, d.implemented_at, d.recorded_at";

    /** A decision with the title of the meeting that took it. */
    public record Logged(Decision decision, String meetingTitle) {
    }

    private final Jdbc jdbc;

    public DecisionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Decision d) {
        jdbc.update("INSERT INTO decision (id, meeting_id, series_id, meeting_group, organisation, decided_on, wording, rationale,"
                        + " status, supersedes, superseded_by, implemented_at, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                d.id(), d.meetingId(), d.seriesId(), d.group(), d.organisation(), d.decidedOn(), d.wording(), d.rationale(),
                d.status(), d.supersedes(), d.supersededBy(), d.implementedAt(), d.recordedAt());
    }

    public Optional<Decision> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM decision d WHERE d.id = ?", DecisionRepository::map, id);
    }

    /** Locks the decision: the last of its actions to be done, and only that one, sees them all done. */
    public Optional<Decision> findForUpdate(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM decision d WHERE d.id = ? FOR UPDATE", DecisionRepository::map, id);
    }

    public List<Decision> ofMeeting(UUID meetingId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM decision d WHERE d.meeting_id = ?", DecisionRepository::map, meetingId);
    }

    public void supersede(UUID olderId, UUID newerId) {
        jdbc.update("UPDATE decision SET status = 'SUPERSEDED', superseded_by = ? WHERE id = ?", newerId, olderId);
    }

    /** An OPEN decision whose follow-up actions are all done becomes IMPLEMENTED; answers whether it did. */
    public boolean implementIfAllActionsDone(UUID id, Instant at) {
        return jdbc.update("UPDATE decision SET status = 'IMPLEMENTED', implemented_at = ? WHERE id = ? AND status = 'OPEN'"
                + " AND NOT EXISTS (SELECT 1 FROM governance_action a WHERE a.decision_id = decision.id AND a.status <> 'DONE')", at, id) == 1;
    }

    public List<Logged> search(DecisionFilter filter, Actor actor, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, actor, parameters);
        parameters.add(page.size());
        parameters.add(page.offset());
        return jdbc.list("SELECT " + COLUMNS + ", m.title AS meeting_title FROM decision d JOIN meeting m ON m.id = d.meeting_id"
                        + " WHERE " + where + " ORDER BY d.decided_on DESC, d.id LIMIT ? OFFSET ?",
                r -> new Logged(map(r), r.getString("meeting_title")), parameters.toArray());
    }

    public long count(DecisionFilter filter, Actor actor) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, actor, parameters);
        return jdbc.count("SELECT count(*) FROM decision d WHERE " + where, parameters.toArray());
    }

    /** Only the filters given, so that the planner can use the index of each (group, status, date, full text). */
    private static String where(DecisionFilter filter, Actor actor, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!actor.seesAcrossBoroughs()) {
            conditions.add(SeriesVisibility.condition("d.series_id"));
            parameters.addAll(SeriesVisibility.parameters(actor));
        }
        if (filter.group() != null) {
            conditions.add("d.meeting_group = ?");
            parameters.add(filter.group());
        }
        if (filter.from() != null) {
            conditions.add("d.decided_on >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("d.decided_on <= ?");
            parameters.add(filter.to());
        }
        if (filter.borough() != null) {
            conditions.add("(d.organisation = ? OR EXISTS (SELECT 1 FROM governance_action a WHERE a.decision_id = d.id AND a.borough = ?))");
            parameters.add(filter.borough());
            parameters.add(filter.borough());
        }
        if (filter.status() != null) {
            conditions.add("d.status = ?");
            parameters.add(filter.status());
        }
        if (filter.q() != null) {
            conditions.add("d.search @@ websearch_to_tsquery('english', ?)");
            parameters.add(filter.q());
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private static Decision map(ResultSet r) throws SQLException {
        return new Decision(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "meeting_id"), Jdbc.uuid(r, "series_id"),
                Group.valueOf(r.getString("meeting_group")), r.getString("organisation"), Jdbc.date(r, "decided_on"),
                r.getString("wording"), r.getString("rationale"), Decision.Status.valueOf(r.getString("status")),
                Jdbc.uuid(r, "supersedes"), Jdbc.uuid(r, "superseded_by"), Jdbc.instant(r, "implemented_at"), Jdbc.instant(r, "recorded_at"));
    }
}
