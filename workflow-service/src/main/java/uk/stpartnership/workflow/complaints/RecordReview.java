package uk.stpartnership.workflow.complaints;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The perpetrator-proofing review, kept with the complaint in the review task's completing transaction: the nine
 * checks and their notes, the conclusion (which the evaluators' counts use) and the safeguards.
 */
@Singleton
public class RecordReview {

    private static final Logger LOG = LoggerFactory.getLogger(RecordReview.class);

    private final ComplaintRepository complaints;
    private final ComplaintReviews reviews;
    private final AuditLog auditLog;
    private final Clock clock;

    RecordReview(ComplaintRepository complaints, ComplaintReviews reviews, AuditLog auditLog, Clock clock) {
        this.complaints = complaints;
        this.reviews = reviews;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (!ComplaintForms.PERPETRATOR_PROOFING_REVIEW.equals(completed.task().kind())) {
            return;
        }
        Map<String, Object> answers = completed.answers();
        UUID complaintId = UUID.fromString((String) completed.task().context().get("complaintId"));
        List<PerpetratorProofingCheck.Answered> checks = ((List<?>) answers.get("checks")).stream()
                .map(check -> (Map<?, ?>) check)
                .map(check -> new PerpetratorProofingCheck.Answered(PerpetratorProofingCheck.valueOf((String) check.get("check")),
                        Complaint.Answer.valueOf((String) check.get("answer")), (String) check.get("note")))
                .sorted((a, b) -> a.check().compareTo(b.check()))
                .toList();
        Complaint.ReviewConclusion conclusion = Complaint.ReviewConclusion.valueOf((String) answers.get("conclusion"));
        reviews.insertIfAbsent(complaintId, checks, conclusion, (String) answers.get("safeguards"), completed.completedBy().id(),
                Instant.now(clock));
        complaints.recordReviewConclusion(complaintId, conclusion);
        complaints.findById(complaintId).ifPresent(complaint ->
                auditLog.record(completed.completedBy(), AuditLog.Action.UPDATE, ViewComplaint.entry(complaint)));
        LOG.info("Complaint {}: perpetrator-proofing review recorded, conclusion {}", completed.task().businessReference(), conclusion);
    }
}
