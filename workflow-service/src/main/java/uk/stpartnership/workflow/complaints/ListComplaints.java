package uk.stpartnership.workflow.complaints;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;

/** The borough's complaints, newest first, for its complaints team; the list is recorded as one read naming every complaint shown. */
@Singleton
public class ListComplaints {

    private final ComplaintRepository complaints;
    private final AuditLog auditLog;

    public ListComplaints(ComplaintRepository complaints, AuditLog auditLog) {
        this.complaints = complaints;
        this.auditLog = auditLog;
    }

    @Transactional
    public Page<ComplaintSummary> list(Actor actor, Complaint.Stage stage, PageRequest page) {
        if (!actor.holdsAny(Role.COMPLAINTS_OFFICER, Role.COMPLAINTS_MANAGER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints team lists its complaints");
        }
        var found = complaints.ofBorough(actor.organisation(), stage, page.pageable());
        auditLog.recordList(actor, "complaint", found.getContent().stream().map(ViewComplaint::entry).toList());
        return Page.of(found, ComplaintSummary::of);
    }
}
