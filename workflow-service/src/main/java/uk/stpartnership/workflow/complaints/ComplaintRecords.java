package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the complaints team keeps beside a complaint's stages: an ombudsman enquiry, the SLA view of missed
 * deadlines, and (for the complaints manager) who has read or changed the complaint.
 */
@Singleton
public class ComplaintRecords {

    @Serdeable
    @Introspected
    public record EnquiryRequest(@NotBlank @Size(max = 100) String reference, @NotNull @PastOrPresent LocalDate receivedOn,
                                 @Nullable OmbudsmanEnquiry.Decision decision, @Nullable @PastOrPresent LocalDate decidedOn) {
    }

    private final ComplaintRepository complaints;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    public ComplaintRecords(ComplaintRepository complaints, RequestValidator validator, AuditLog auditLog, Clock clock) {
        this.complaints = complaints;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** An enquiry from the Local Government and Social Care Ombudsman; the complaint has then reached the ombudsman. */
    @Transactional
    public OmbudsmanEnquiry recordOmbudsmanEnquiry(Actor actor, UUID id, UncheckedBody<EnquiryRequest> body) {
        Complaint complaint = ViewComplaint.visible(complaints, actor, id);
        if (!Complaint.isComplaintsTeamOf(actor, complaint.borough())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints team records an ombudsman enquiry");
        }
        EnquiryRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("reference", "must not be blank");
        }
        validator.check(request);
        if ((request.decision() == null) != (request.decidedOn() == null)) {
            throw ProblemException.badField(request.decision() == null ? "decision" : "decidedOn",
                    "must be given with " + (request.decision() == null ? "decidedOn" : "decision"));
        }
        OmbudsmanEnquiry enquiry = new OmbudsmanEnquiry(UUID.randomUUID(), request.reference().strip(), request.receivedOn(),
                request.decision(), request.decidedOn());
        complaints.insertOmbudsmanEnquiry(id, enquiry, actor.id(), Instant.now(clock));
        auditLog.record(actor, AuditLog.Action.UPDATE, ViewComplaint.entry(complaint).changing(List.of(
                AuditLog.Change.of("stageReached", complaint.stageReached(), Complaint.Stage.OMBUDSMAN),
                AuditLog.Change.of("ombudsmanEnquiries[" + enquiry.id() + "]", null, enquiry.reference()))));
        return enquiry;
    }

    /** The borough's missed statutory deadlines, newest first, for its complaints team. */
    @Transactional
    public Page<MissedDeadline> missedDeadlines(Actor actor, PageRequest page) {
        if (!Complaint.isComplaintsTeamOf(actor, actor.organisation())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints team sees its missed deadlines");
        }
        return Page.of(complaints.missedDeadlines(actor.organisation(), page.pageable()));
    }

    /** Every read and change of the complaint, newest first: for the borough's complaints manager only. */
    @Transactional
    public Page<AuditLog.Event> auditTrail(Actor actor, UUID id, PageRequest page) {
        Complaint complaint = ViewComplaint.visible(complaints, actor, id);
        if (!Complaint.isComplaintsManagerOf(actor, complaint.borough())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints manager reads a complaint's audit log");
        }
        Page<AuditLog.Event> trail = auditLog.of("complaint", id.toString(), page);
        auditLog.record(actor, AuditLog.Action.READ, new AuditLog.Entry("complaint-audit", id.toString(), complaint.caseReference()));
        return trail;
    }
}
