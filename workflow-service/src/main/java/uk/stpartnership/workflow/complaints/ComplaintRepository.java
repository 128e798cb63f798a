package uk.stpartnership.workflow.complaints;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Complaints, their protected details and counts. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class ComplaintRepository {

    private static final String COLUMNS = "id, borough, reference, received_on, channel, complainant_name, complainant_contact,"
            + " complainant_key, complainant_relationship, workers, team, case_reference, about, complainant_is_person_causing_harm,"
            + " review_required, stage_reached, outcome, review_conclusion, reviewer_id, investigator_id, manager_id, recorded_by, recorded_at";

    private final Jdbc jdbc;

    public ComplaintRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Complaint c) {
        jdbc.update("INSERT INTO complaint (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.id(), c.borough(), c.reference(), c.receivedOn(), c.channel(), c.complainantName(), c.complainantContact(),
                c.complainantKey(), c.complainantRelationship(), c.workers(), c.team(), c.caseReference(), c.about(),
                c.complainantIsPersonCausingHarm(), c.reviewRequired(), c.stageReached(), c.outcome(), c.reviewConclusion(),
                c.reviewerId(), c.investigatorId(), c.managerId(), c.recordedBy(), c.recordedAt());
    }

    /** All of a complaint's protected details in one statement. */
    public void insertProtectedDetails(UUID complaintId, List<ProtectedDetail> details) {
        if (details.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO complaint_protected_detail (complaint_id, kind, detail) VALUES ");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?)");
            parameters.add(complaintId);
            parameters.add(details.get(i).kind());
            parameters.add(details.get(i).detail());
        }
        jdbc.update(sql.toString(), parameters.toArray());
    }

    /**
     * Holds, until the transaction ends, the right to record a complaint from this complainant in this borough: two
     * complaints recorded at once from the same person both see each other when counting repeats.
     */
    public void lockComplainant(String borough, String complainantKey) {
        jdbc.one("SELECT pg_advisory_xact_lock(hashtext(?))", r -> true, "complaint:" + borough + ":" + complainantKey);
    }

    /** The complainant's complaints in the borough received on or after the date, this one left out. */
    public long countFromComplainantSince(String borough, String complainantKey, LocalDate since, UUID except) {
        return jdbc.count("SELECT count(*) FROM complaint WHERE borough = ? AND complainant_key = ? AND received_on >= ? AND id <> ?",
                borough, complainantKey, since, except);
    }

    public Optional<Complaint> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM complaint WHERE id = ?", ComplaintRepository::map, id);
    }

    public List<ProtectedDetail> protectedDetailsOf(UUID complaintId) {
        return jdbc.list("SELECT kind, detail FROM complaint_protected_detail WHERE complaint_id = ? ORDER BY id",
                r -> new ProtectedDetail(ProtectedDetail.Kind.valueOf(r.getString("kind")), r.getString("detail")), complaintId);
    }

    public long countProtectedDetails(UUID complaintId) {
        return jdbc.count("SELECT count(*) FROM complaint_protected_detail WHERE complaint_id = ?", complaintId);
    }

    /** The complainant's other complaints in the borough received on or after the date, newest first, in one query. */
    public List<Complaint> fromComplainantSince(String borough, String complainantKey, LocalDate since, UUID except) {
        return jdbc.list("SELECT " + COLUMNS + " FROM complaint WHERE borough = ? AND complainant_key = ? AND received_on >= ? AND id <> ?"
                + " ORDER BY received_on DESC, id", ComplaintRepository::map, borough, complainantKey, since, except);
    }

    public List<Complaint> ofBorough(String borough, Complaint.Stage stage, PageRequest page) {
        return jdbc.list("SELECT " + COLUMNS + " FROM complaint WHERE borough = ? AND (?::text IS NULL OR stage_reached = ?::text)"
                        + " ORDER BY received_on DESC, id LIMIT ? OFFSET ?", ComplaintRepository::map,
                borough, stage, stage, page.size(), page.offset());
    }

    public long countOfBorough(String borough, Complaint.Stage stage) {
        return jdbc.count("SELECT count(*) FROM complaint WHERE borough = ? AND (?::text IS NULL OR stage_reached = ?::text)",
                borough, stage, stage);
    }

    /**
     * Complaints received in [from, until) per borough and quarter, counted by each dimension on its own (one query,
     * grouping sets). Counts only: nothing that names anyone.
     */
    public List<ComplaintIndicatorCounts.Count> indicators(LocalDate from, LocalDate until) {
        return jdbc.list("""
                        SELECT borough, quarter, relationship, stage, outcome, conclusion,
                               GROUPING(relationship) AS g_relationship, GROUPING(stage) AS g_stage, GROUPING(outcome) AS g_outcome,
                               count(*) AS complaints
                        FROM (SELECT borough, to_char(received_on, 'YYYY-"Q"Q') AS quarter, complainant_relationship AS relationship,
                                     stage_reached AS stage, coalesce(outcome, 'NONE') AS outcome,
                                     coalesce(review_conclusion, CASE WHEN review_required THEN 'PENDING' ELSE 'NOT_REQUIRED' END) AS conclusion
                              FROM complaint WHERE received_on >= ? AND received_on < ?) c
                        GROUP BY GROUPING SETS ((borough, quarter, relationship), (borough, quarter, stage),
                                                (borough, quarter, outcome), (borough, quarter, conclusion))
                        ORDER BY borough, quarter, g_relationship, g_stage, g_outcome, relationship, stage, outcome, conclusion""",
                r -> {
                    String dimension;
                    String value;
                    if (r.getInt("g_relationship") == 0) {
                        dimension = "complainantRelationship";
                        value = r.getString("relationship");
                    } else if (r.getInt("g_stage") == 0) {
                        dimension = "stageReached";
                        value = r.getString("stage");
                    } else if (r.getInt("g_outcome") == 0) {
                        dimension = "outcome";
                        value = r.getString("outcome");
                    } else {
                        dimension = "reviewConclusion";
                        value = r.getString("conclusion");
                    }
                    return new ComplaintIndicatorCounts.Count(r.getString("borough"), r.getString("quarter"), dimension, value,
                            r.getLong("complaints"));
                },
                from, until);
    }

    private static Complaint map(ResultSet r) throws SQLException {
        String outcome = r.getString("outcome");
        String conclusion = r.getString("review_conclusion");
        return new Complaint(Jdbc.uuid(r, "id"), r.getString("borough"), r.getString("reference"), Jdbc.date(r, "received_on"),
                Complaint.Channel.valueOf(r.getString("channel")), r.getString("complainant_name"), r.getString("complainant_contact"),
                r.getString("complainant_key"), Complaint.Relationship.valueOf(r.getString("complainant_relationship")),
                Jdbc.texts(r, "workers"), r.getString("team"), r.getString("case_reference"), r.getString("about"),
                Complaint.Answer.valueOf(r.getString("complainant_is_person_causing_harm")), r.getBoolean("review_required"),
                Complaint.Stage.valueOf(r.getString("stage_reached")), outcome == null ? null : Complaint.Outcome.valueOf(outcome),
                conclusion == null ? null : Complaint.ReviewConclusion.valueOf(conclusion), r.getString("reviewer_id"),
                r.getString("investigator_id"), r.getString("manager_id"), r.getString("recorded_by"), Jdbc.instant(r, "recorded_at"));
    }
}
