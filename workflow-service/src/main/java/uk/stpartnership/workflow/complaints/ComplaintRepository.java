package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
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

/** Complaints, their protected details, ombudsman enquiries, missed deadlines and counts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ComplaintRepository extends GenericRepository<Complaint, UUID> {

    /** A stage's place in the order of stages, for a SQL value or column. */
    String STAGE_ORDER = "array_position(ARRAY['RECEIVED','STAGE1','STAGE2','STAGE3','OMBUDSMAN'], ";

    Complaint save(Complaint complaint);

    Optional<Complaint> findById(UUID id);

    /** The deadline now running; the stage reached only ever moves on (a re-delivered job changes nothing). */
    @Query("UPDATE complaint SET deadline_at = :deadlineAt, deadline_period = :period, stage_reached = CASE WHEN "
            + STAGE_ORDER + "CAST(:stage AS text)) > " + STAGE_ORDER + "stage_reached) THEN :stage ELSE stage_reached END WHERE id = :id")
    void startPeriod(UUID id, Complaint.Stage stage, String period, Instant deadlineAt);

    /** The day the complainant asked for stage 2 or 3; the first request counts. */
    @Query("""
            UPDATE complaint
            SET stage2_requested_on = CASE WHEN :stage = 'STAGE2' THEN coalesce(stage2_requested_on, :requestedOn) ELSE stage2_requested_on END,
                stage3_requested_on = CASE WHEN :stage = 'STAGE3' THEN coalesce(stage3_requested_on, :requestedOn) ELSE stage3_requested_on END
            WHERE id = :id""")
    void recordStageRequest(UUID id, Complaint.Stage stage, LocalDate requestedOn);

    @Query("UPDATE complaint SET outcome = :outcome WHERE id = :id")
    void recordOutcome(UUID id, Complaint.Outcome outcome);

    /** Withdrawn or resolved early: the outcome, and the complaint closed (once). */
    @Query("""
            UPDATE complaint SET outcome = :outcome, closed_at = coalesce(closed_at, :at), deadline_at = NULL, deadline_period = NULL
            WHERE id = :id""")
    void close(UUID id, Complaint.Outcome outcome, Instant at);

    /**
     * Records the one ending the team asks for (withdrawn, resolved early): true for the request that set it; false
     * once an ending was asked for or the complaint is closed. The row lock makes concurrent requests wait and then
     * find the ending set, so only one of them passes.
     */
    default boolean requestEnding(UUID id, Complaint.Outcome ending, Instant at) {
        return setEnding(id, ending, at) == 1;
    }

    @Query("UPDATE complaint SET ending = :ending, ending_requested_at = :at WHERE id = :id AND ending IS NULL AND closed_at IS NULL")
    int setEnding(UUID id, Complaint.Outcome ending, Instant at);

    @Query("UPDATE complaint SET reviewer_id = :reviewerId, investigator_id = :investigatorId, manager_id = :managerId WHERE id = :id")
    void assign(UUID id, @Nullable String reviewerId, @Nullable String investigatorId, @Nullable String managerId);

    @Query("UPDATE complaint SET review_conclusion = :conclusion WHERE id = :id")
    void recordReviewConclusion(UUID id, Complaint.ReviewConclusion conclusion);

    /** A missed deadline for the SLA view, once per deadline timer's job. */
    default boolean insertMissedDeadline(long jobKey, MissedDeadline missed) {
        return insertMissedDeadline(jobKey, missed.complaintId(), missed.borough(), missed.task(), missed.deadlineAt(), missed.missedAt()) == 1;
    }

    @Query("""
            INSERT INTO complaint_missed_deadline (job_key, complaint_id, borough, task, deadline_at, missed_at)
            VALUES (:jobKey, :complaintId, :borough, :task, :deadlineAt, :missedAt) ON CONFLICT (job_key) DO NOTHING""")
    int insertMissedDeadline(long jobKey, UUID complaintId, String borough, String task, Instant deadlineAt, Instant missedAt);

    /** One complaint's missed deadlines, oldest first (index complaint_missed_deadline_complaint). */
    @Query("""
            SELECT m.complaint_id, c.reference, m.borough, m.task, m.deadline_at, m.missed_at, c.stage_reached
            FROM complaint_missed_deadline m JOIN complaint c ON c.id = m.complaint_id
            WHERE m.complaint_id = :complaintId ORDER BY m.missed_at, m.id""")
    List<MissedDeadline> missedDeadlinesOf(UUID complaintId);

    /** The borough's missed deadlines, newest first, with each complaint's reference and stage (one query). */
    @Query(value = """
            SELECT m.complaint_id, c.reference, m.borough, m.task, m.deadline_at, m.missed_at, c.stage_reached
            FROM complaint_missed_deadline m JOIN complaint c ON c.id = m.complaint_id
            WHERE m.borough = :borough ORDER BY m.missed_at DESC, m.id""",
            countQuery = "SELECT count(*) FROM complaint_missed_deadline WHERE borough = :borough")
    Page<MissedDeadline> missedDeadlines(String borough, Pageable pageable);

    /** The enquiry, and the complaint at the ombudsman. */
    default void insertOmbudsmanEnquiry(UUID complaintId, OmbudsmanEnquiry enquiry, String recordedBy, Instant recordedAt) {
        insertOmbudsmanEnquiry(enquiry.id(), complaintId, enquiry.reference(), enquiry.receivedOn(), enquiry.decision(), enquiry.decidedOn(),
                recordedBy, recordedAt);
        markAtOmbudsman(complaintId);
    }

    @Query("""
            INSERT INTO complaint_ombudsman_enquiry (id, complaint_id, reference, received_on, decision, decided_on, recorded_by, recorded_at)
            VALUES (:id, :complaintId, :reference, :receivedOn, :decision, :decidedOn, :recordedBy, :recordedAt)""")
    void insertOmbudsmanEnquiry(UUID id, UUID complaintId, String reference, LocalDate receivedOn, @Nullable OmbudsmanEnquiry.Decision decision,
                                @Nullable LocalDate decidedOn, String recordedBy, Instant recordedAt);

    @Query("UPDATE complaint SET stage_reached = 'OMBUDSMAN' WHERE id = :id")
    void markAtOmbudsman(UUID id);

    @Query("""
            SELECT id, reference, received_on, decision, decided_on FROM complaint_ombudsman_enquiry WHERE complaint_id = :complaintId
            ORDER BY received_on, id""")
    List<OmbudsmanEnquiry> ombudsmanEnquiries(UUID complaintId);

    /** All of a complaint's protected details in one statement, in the order given. */
    default void insertProtectedDetails(UUID complaintId, List<ProtectedDetail> details) {
        if (!details.isEmpty()) {
            insertProtectedDetails(complaintId, details.stream().map(detail -> detail.kind().name()).toList(),
                    details.stream().map(ProtectedDetail::detail).toList());
        }
    }

    @Query("""
            INSERT INTO complaint_protected_detail (complaint_id, kind, detail)
            SELECT :complaintId, kind, detail FROM unnest(CAST(:kinds AS text[]), CAST(:details AS text[])) WITH ORDINALITY AS d (kind, detail, n)
            ORDER BY n""")
    void insertProtectedDetails(UUID complaintId, @TypeDef(type = DataType.STRING_ARRAY) List<String> kinds,
                                @TypeDef(type = DataType.STRING_ARRAY) List<String> details);

    @Query("SELECT kind, detail FROM complaint_protected_detail WHERE complaint_id = :complaintId ORDER BY id")
    List<ProtectedDetail> protectedDetailsOf(UUID complaintId);

    /**
     * Holds, until the transaction ends, the right to record a complaint from this complainant in this borough: two
     * complaints recorded at once from the same person both see each other when counting repeats.
     */
    default void lockComplainant(String borough, String complainantKey) {
        advisoryLock("complaint:" + borough + ":" + complainantKey);
    }

    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) locked")
    int advisoryLock(String key);

    /** The complainant's complaints in the borough received on or after the date, this one left out. */
    @Query("""
            SELECT count(*) FROM complaint WHERE borough = :borough AND complainant_key = :complainantKey AND received_on >= :since
            AND id <> :except""")
    long countFromComplainantSince(String borough, String complainantKey, LocalDate since, UUID except);

    /** The complainant's other complaints in the borough received on or after the date, newest first, in one query. */
    @Query("""
            SELECT * FROM complaint WHERE borough = :borough AND complainant_key = :complainantKey AND received_on >= :since AND id <> :except
            ORDER BY received_on DESC, id""")
    List<Complaint> fromComplainantSince(String borough, String complainantKey, LocalDate since, UUID except);

    /** The borough's complaints, newest first (index complaint_borough_received); at one stage, or at all when stage is null. */
    @Query(value = """
            SELECT * FROM complaint WHERE borough = :borough AND (CAST(:stage AS text) IS NULL OR stage_reached = :stage)
            ORDER BY received_on DESC, id""",
            countQuery = "SELECT count(*) FROM complaint WHERE borough = :borough AND (CAST(:stage AS text) IS NULL OR stage_reached = :stage)")
    Page<Complaint> ofBorough(String borough, @Nullable Complaint.Stage stage, Pageable pageable);

    /** One cell of the indicators, before small counts are withheld. */
    record IndicatorCount(String borough, String quarter, String dimension, String value, long complaints) {
    }

    /** A row of the grouping sets: the g_ columns say which dimension it counts by (0: this one). */
    @Introspected
    record IndicatorRow(String borough, String quarter, @Nullable String relationship, @Nullable String stage, @Nullable String outcome,
                        @Nullable String conclusion, int gRelationship, int gStage, int gOutcome, long complaints) {

        IndicatorCount count() {
            if (gRelationship == 0) {
                return new IndicatorCount(borough, quarter, "complainantRelationship", relationship, complaints);
            } else if (gStage == 0) {
                return new IndicatorCount(borough, quarter, "stageReached", stage, complaints);
            } else if (gOutcome == 0) {
                return new IndicatorCount(borough, quarter, "outcome", outcome, complaints);
            }
            return new IndicatorCount(borough, quarter, "reviewConclusion", conclusion, complaints);
        }
    }

    /**
     * Complaints received in [from, until) per borough and quarter, counted by each dimension on its own (one query,
     * grouping sets). Counts only: nothing that names anyone.
     */
    default List<IndicatorCount> indicators(LocalDate from, LocalDate until) {
        return indicatorRows(from, until).stream().map(IndicatorRow::count).toList();
    }

    @Query("""
            SELECT borough, quarter, relationship, stage, outcome, conclusion,
                   GROUPING(relationship) AS g_relationship, GROUPING(stage) AS g_stage, GROUPING(outcome) AS g_outcome,
                   count(*) AS complaints
            FROM (SELECT borough, to_char(received_on, 'YYYY-"Q"Q') AS quarter, complainant_relationship AS relationship,
                         stage_reached AS stage, coalesce(outcome, 'NONE') AS outcome,
                         coalesce(review_conclusion, CASE WHEN review_required THEN 'PENDING' ELSE 'NOT_REQUIRED' END) AS conclusion
                  FROM complaint WHERE received_on >= :from AND received_on < :until) c
            GROUP BY GROUPING SETS ((borough, quarter, relationship), (borough, quarter, stage),
                                    (borough, quarter, outcome), (borough, quarter, conclusion))
            ORDER BY borough, quarter, g_relationship, g_stage, g_outcome, relationship, stage, outcome, conclusion""")
    List<IndicatorRow> indicatorRows(LocalDate from, LocalDate until);
}
