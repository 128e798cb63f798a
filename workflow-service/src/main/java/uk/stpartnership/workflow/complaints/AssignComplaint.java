package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.util.UUID;

/**
 * The borough's complaints manager names the S&T reviewer, the investigating officer and the manager of a
 * complaint; each then sees it as the complaints team does. A blank name takes the assignment away.
 */
@Singleton
public class AssignComplaint {

    @Serdeable
    @Introspected
    public record Assignment(@Nullable @Size(max = 100) String reviewerId, @Nullable @Size(max = 100) String investigatorId,
                             @Nullable @Size(max = 100) String managerId) {
    }

    private final ComplaintRepository complaints;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final ViewComplaint viewComplaint;

    public AssignComplaint(ComplaintRepository complaints, RequestValidator validator, AuditLog auditLog, ViewComplaint viewComplaint) {
        this.complaints = complaints;
        this.validator = validator;
        this.auditLog = auditLog;
        this.viewComplaint = viewComplaint;
    }

    @Transactional
    public ComplaintDetail assign(Actor actor, UUID id, Assignment assignment) {
        Complaint complaint = ViewComplaint.visible(complaints, actor, id);
        if (!Complaint.isComplaintsManagerOf(actor, complaint.borough())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints manager assigns a complaint");
        }
        if (assignment == null) {
            throw ProblemException.badField("body", "must name the reviewer, investigator and manager (each may be blank)");
        }
        validator.check(assignment);
        complaints.assign(id, blankless(assignment.reviewerId()), blankless(assignment.investigatorId()), blankless(assignment.managerId()));
        auditLog.record(actor, AuditLog.Action.UPDATE, ViewComplaint.entry(complaint));
        return viewComplaint.view(actor, id);
    }

    private static String blankless(String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }
}
