package uk.stpartnership.workflow.complaints;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;
import uk.stpartnership.workflow.listing.PageRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Complaints, their protected details and counts. Joins the caller's transaction when there is one. */
@Singleton
@Connectable
public class ComplaintRepository {

    private static final String INSERTED = "id, borough, reference, received_on, channel, complainant_name, complainant_contact,"
            + " complainant_email, complainant_key, complainant_relationship, workers, team, worker_manager_name, worker_manager_email,"
            + " case_reference, about, complainant_is_person_causing_harm, review_required, stage_reached, outcome, review_conclusion,"
            + " reviewer_id, investigator_id, manager_id, recorded_by, recorded_at";
    private static final String COLUMNS = INSERTED + ", deadline_at, deadline_period, stage2_requested_on, stage3_requested_on, closed_at";

    /** A stage's place in the order of stages, for a SQL value or column. */
    private static final String STAGE_ORDER = "array_position(ARRAY['RECEIVED','STAGE1','STAGE2','STAGE3','OMBUDSMAN'], %s)";

    private final Jdbc jdbc;
    private final JsonMapper jsonMapper;

    public ComplaintRepository(Jdbc jdbc, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
    }

    public void insert(Complaint c) {
        jdbc.update("INSERT INTO complaint (" + INSERTED + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.id(), c.borough(), c.reference(), c.receivedOn(), c.channel(), c.complainantName(), c.complainantContact(),
                c.complainantEmail(), c.complainantKey(), c.complainantRelationship(), c.workers(), c.team(), c.workerManagerName(),
                c.workerManagerEmail(), c.caseReference(), c.about(), c.complainantIsPersonCausingHarm(), c.reviewRequired(),
                c.stageReached(), c.outcome(), c.reviewConclusion(), c.reviewerId(), c.investigatorId(), c.managerId(),
                c.recordedBy(), c.recordedAt());
    }

    /** The deadline now running; the stage reached only ever moves on (a re-delivered job changes nothing). */
    public void startPeriod(UUID id, Complaint.Stage stage, String period, Instant deadlineAt) {
        jdbc.update("UPDATE complaint SET deadline_at = ?, deadline_period = ?, stage_reached = CASE WHEN " + STAGE_ORDER.formatted("?::text")
                        + " > " + STAGE_ORDER.formatted("stage_reached") + " THEN ?::text ELSE stage_reached END WHERE id = ?",
                deadlineAt, period, stage, stage, id);
    }

    /** The day the complainant asked for stage 2 or 3; the first request counts. */
    public void recordStageRequest(UUID id, Complaint.Stage stage, LocalDate requestedOn) {
        String column = stage == Complaint.Stage.STAGE2 ? "stage2_requested_on" : "stage3_requested_on";
        jdbc.update("UPDATE complaint SET " + column + " = coalesce(" + column + ", ?) WHERE id = ?", requestedOn, id);
    }

    public void recordOutcome(UUID id, Complaint.Outcome outcome) {
        jdbc.update("UPDATE complaint SET outcome = ? WHERE id = ?", outcome, id);
    }

    /** Withdrawn or resolved early: the outcome, and the complaint closed (once). */
    public void close(UUID id, Complaint.Outcome outcome, Instant at) {
        jdbc.update("UPDATE complaint SET outcome = ?, closed_at = coalesce(closed_at, ?), deadline_at = NULL, deadline_period = NULL"
                + " WHERE id = ?", outcome, at, id);
    }

    /**
     * Records the one ending the team asks for (withdrawn, resolved early): true for the request that set it; false
     * once an ending was asked for or the complaint is closed. The row lock makes concurrent requests wait and then
     * find the ending set, so only one of them passes.
     */
    public boolean requestEnding(UUID id, Complaint.Outcome ending, Instant at) {
        return jdbc.update("UPDATE complaint SET ending = ?, ending_requested_at = ? WHERE id = ? AND ending IS NULL AND closed_at IS NULL",
                ending, at, id) == 1;
    }

    public void assign(UUID id, String reviewerId, String investigatorId, String managerId) {
        jdbc.update("UPDATE complaint SET reviewer_id = ?, investigator_id = ?, manager_id = ? WHERE id = ?",
                reviewerId, investigatorId, managerId, id);
    }

    /** The review, once: a second completion of the same review task finds it kept. */
    public boolean insertReviewIfAbsent(UUID id, ComplaintDetail.Review review) {
        boolean inserted = jdbc.update("INSERT INTO complaint_review (complaint_id, checks, conclusion, safeguards, reviewed_by, reviewed_at)"
                        + " VALUES (?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT (complaint_id) DO NOTHING", id, json(review.checks()),
                review.conclusion(), review.safeguards(), review.reviewedBy(), review.reviewedAt()) == 1;
        jdbc.update("UPDATE complaint SET review_conclusion = ? WHERE id = ?", review.conclusion(), id);
        return inserted;
    }

    public Optional<ComplaintDetail.Review> review(UUID id) {
        return jdbc.one("SELECT checks::text AS checks, conclusion, safeguards, reviewed_by, reviewed_at FROM complaint_review"
                        + " WHERE complaint_id = ?", r -> new ComplaintDetail.Review(checks(r.getString("checks")),
                        Complaint.ReviewConclusion.valueOf(r.getString("conclusion")), r.getString("safeguards"), r.getString("reviewed_by"),
                        Jdbc.instant(r, "reviewed_at")), id);
    }

    private String json(List<PerpetratorProofingCheck.Answered> checks) {
        try {
            return jsonMapper.writeValueAsString(checks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<PerpetratorProofingCheck.Answered> checks(String json) {
        try {
            return jsonMapper.readValue(json, Argument.listOf(PerpetratorProofingCheck.Answered.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A missed deadline for the SLA view, once per deadline timer's job. */
    public boolean insertMissedDeadline(long jobKey, MissedDeadline missed) {
        return jdbc.update("INSERT INTO complaint_missed_deadline (job_key, complaint_id, borough, task, deadline_at, missed_at)"
                        + " VALUES (?,?,?,?,?,?) ON CONFLICT (job_key) DO NOTHING", jobKey, missed.complaintId(), missed.borough(),
                missed.task(), missed.deadlineAt(), missed.missedAt()) == 1;
    }

    /** The borough's missed deadlines, newest first, with each complaint's reference and stage (one query). */
    public List<MissedDeadline> missedDeadlines(String borough, PageRequest page) {
        return jdbc.list("SELECT m.complaint_id, c.reference, m.borough, m.task, m.deadline_at, m.missed_at, c.stage_reached"
                        + " FROM complaint_missed_deadline m JOIN complaint c ON c.id = m.complaint_id"
                        + " WHERE m.borough = ? ORDER BY m.missed_at DESC, m.id LIMIT ? OFFSET ?",
                r -> new MissedDeadline(Jdbc.uuid(r, "complaint_id"), r.getString("reference"), r.getString("borough"), r.getString("task"),
                        Jdbc.instant(r, "deadline_at"), Jdbc.instant(r, "missed_at"), Complaint.Stage.valueOf(r.getString("stage_reached"))),
                borough, page.size(), page.offset());
    }

    public long countMissedDeadlines(String borough) {
        return jdbc.count("SELECT count(*) FROM complaint_missed_deadline WHERE borough = ?", borough);
    }

    public void insertOmbudsmanEnquiry(UUID complaintId, OmbudsmanEnquiry enquiry, String recordedBy, Instant recordedAt) {
        jdbc.update("INSERT INTO complaint_ombudsman_enquiry (id, complaint_id, reference, received_on, decision, decided_on, recorded_by,"
                        + " recorded_at) VALUES (?,?,?,?,?,?,?,?)", enquiry.id(), complaintId, enquiry.reference(), enquiry.receivedOn(),
                enquiry.decision(), enquiry.decidedOn(), recordedBy, recordedAt);
        jdbc.update("UPDATE complaint SET stage_reached = 'OMBUDSMAN' WHERE id = ?", complaintId);
    }

    public List<OmbudsmanEnquiry> ombudsmanEnquiries(UUID complaintId) {
        return jdbc.list("SELECT id, reference, received_on, decision, decided_on FROM complaint_ombudsman_enquiry WHERE complaint_id = ?"
                        + " ORDER BY received_on, id", r -> {
                    String decision = r.getString("decision");
                    return new OmbudsmanEnquiry(Jdbc.uuid(r, "id"), r.getString("reference"), Jdbc.date(r, "received_on"),
                            decision == null ? null : OmbudsmanEnquiry.Decision.valueOf(decision), Jdbc.date(r, "decided_on"));
                }, complaintId);
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
    /** One cell of the indicators, before small counts are withheld. */
    public record IndicatorCount(String borough, String quarter, String dimension, String value, long complaints) {
    }

    public List<IndicatorCount> indicators(LocalDate from, LocalDate until) {
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
                    return new IndicatorCount(r.getString("borough"), r.getString("quarter"), dimension, value, r.getLong("complaints"));
                },
                from, until);
    }

    private static Complaint map(ResultSet r) throws SQLException {
        String outcome = r.getString("outcome");
        String conclusion = r.getString("review_conclusion");
        return new Complaint(Jdbc.uuid(r, "id"), r.getString("borough"), r.getString("reference"), Jdbc.date(r, "received_on"),
                Complaint.Channel.valueOf(r.getString("channel")), r.getString("complainant_name"), r.getString("complainant_contact"),
                r.getString("complainant_email"), r.getString("complainant_key"),
                Complaint.Relationship.valueOf(r.getString("complainant_relationship")), Jdbc.texts(r, "workers"), r.getString("team"),
                r.getString("worker_manager_name"), r.getString("worker_manager_email"), r.getString("case_reference"), r.getString("about"),
                Complaint.Answer.valueOf(r.getString("complainant_is_person_causing_harm")), r.getBoolean("review_required"),
                Complaint.Stage.valueOf(r.getString("stage_reached")), outcome == null ? null : Complaint.Outcome.valueOf(outcome),
                conclusion == null ? null : Complaint.ReviewConclusion.valueOf(conclusion), r.getString("reviewer_id"),
                r.getString("investigator_id"), r.getString("manager_id"), r.getString("recorded_by"), Jdbc.instant(r, "recorded_at"),
                new Complaint.Progress(Jdbc.instant(r, "deadline_at"), r.getString("deadline_period"), Jdbc.date(r, "stage2_requested_on"),
                        Jdbc.date(r, "stage3_requested_on"), Jdbc.instant(r, "closed_at")));
    }
}
