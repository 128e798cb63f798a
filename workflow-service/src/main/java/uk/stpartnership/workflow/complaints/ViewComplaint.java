package uk.stpartnership.workflow.complaints;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A complaint with its protected details and the complainant's earlier complaints in the borough (12 months before
 * it, one query). Only its borough's complaints team and the people assigned to it see it; anyone else is told it
 * does not exist. Every complaint shown is recorded as read.
 */
@Singleton
public class ViewComplaint {

    private final ComplaintRepository complaints;
    private final ComplaintReviews reviews;
    private final AuditLog auditLog;
    private final ComplaintTimeline timeline;

    ViewComplaint(ComplaintRepository complaints, ComplaintReviews reviews, AuditLog auditLog, ComplaintTimeline timeline) {
        this.timeline = timeline;
        this.complaints = complaints;
        this.reviews = reviews;
        this.auditLog = auditLog;
    }

    @Transactional
    public ComplaintDetail view(Actor actor, UUID id) {
        Complaint complaint = visible(complaints, actor, id);
        List<ProtectedDetail> details = complaints.protectedDetailsOf(id);
        List<Complaint> earlier = complaint.complainantKey() == null ? List.of()
                : complaints.fromComplainantSince(complaint.borough(), complaint.complainantKey(), complaint.receivedOn().minusMonths(12), id);
        List<AuditLog.Entry> read = new ArrayList<>();
        read.add(entry(complaint));
        earlier.forEach(e -> read.add(entry(e)));
        auditLog.record(actor, AuditLog.Action.READ, read);
        ComplaintDetail.Review review = reviews.findById(id).map(ComplaintReview::review).orElse(null);
        List<OmbudsmanEnquiry> enquiries = complaints.ombudsmanEnquiries(id);
        return new ComplaintDetail(ComplaintView.of(complaint, details.size()), details,
                earlier.stream().map(ComplaintDetail.EarlierComplaint::of).toList(), review, enquiries,
                timeline.of(complaint, review, enquiries));
    }

    /** The complaint if the person may see it; otherwise 404, as if it did not exist. */
    static Complaint visible(ComplaintRepository complaints, Actor actor, UUID id) {
        return complaints.findById(id).filter(c -> c.visibleTo(actor)).orElseThrow(() -> ProblemException.notFound("Complaint"));
    }

    static AuditLog.Entry entry(Complaint c) {
        return new AuditLog.Entry("complaint", c.id().toString(), c.caseReference());
    }
}
