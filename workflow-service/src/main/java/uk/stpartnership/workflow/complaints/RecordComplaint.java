package uk.stpartnership.workflow.complaints;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

/**
 * A complaints officer or manager records a complaint received by their borough. A perpetrator-proofing review is
 * required when the complainant is, or may be, the person causing harm in the linked case, or when this is their
 * third complaint (or more) in the borough within 12 months. Its process starts as soon as the complaint is committed
 * (outbox): the acknowledgement is already counting.
 */
@Singleton
public class RecordComplaint {

    private static final Logger LOG = LoggerFactory.getLogger(RecordComplaint.class);
    /** The third complaint within 12 months: two before it. */
    static final int EARLIER_COMPLAINTS_FOR_REVIEW = 2;

    private final ComplaintRepository complaints;
    private final ComplaintProcesses processes;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    public RecordComplaint(ComplaintRepository complaints, ComplaintProcesses processes, RequestValidator validator,
                           AuditLog auditLog, Clock clock) {
        this.complaints = complaints;
        this.processes = processes;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public ComplaintView record(Actor actor, UncheckedBody<ComplaintRequest> body) {
        if (!actor.holdsAny(Role.COMPLAINTS_OFFICER, Role.COMPLAINTS_MANAGER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only complaints officers and managers record complaints");
        }
        ComplaintRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a complaint");
        }
        validator.check(request);
        UUID id = UUID.randomUUID();
        String borough = actor.organisation();
        String key = complainantKey(request.complainantName(), request.complainantContact());
        long earlier = 0;
        if (key != null) {
            complaints.lockComplainant(borough, key);
            earlier = complaints.countFromComplainantSince(borough, key, request.receivedOn().minusMonths(12), id);
        }
        boolean reviewRequired = request.complainantIsPersonCausingHarm() != Complaint.Answer.NO || earlier >= EARLIER_COMPLAINTS_FOR_REVIEW;
        List<ProtectedDetail> details = request.protectedDetails() == null ? List.of()
                : request.protectedDetails().stream().map(d -> new ProtectedDetail(d.kind(), d.detail().strip())).toList();
        ComplaintRequest.WorkerManager manager = request.workerManager();
        Complaint complaint = new Complaint(id, borough, reference(request, id), request.receivedOn(), request.channel(),
                text(request.complainantName()), text(request.complainantContact()), text(request.complainantEmail()), key,
                request.complainantRelationship(), request.workers() == null ? List.of() : request.workers().stream().map(String::strip).toList(),
                text(request.team()), manager == null ? null : text(manager.name()), manager == null ? null : text(manager.email()),
                text(request.caseReference()), request.about().strip(), request.complainantIsPersonCausingHarm(), reviewRequired,
                Complaint.Stage.RECEIVED, null, null, null, null, null, actor.id(), Instant.now(clock), Complaint.Progress.NONE);
        complaints.save(complaint);
        complaints.insertProtectedDetails(id, details);
        processes.start(id, startVariables(complaint));
        auditLog.record(actor, AuditLog.Action.CREATE, ViewComplaint.entry(complaint));
        LOG.info("Complaint {} ({}) recorded in {} by {}: review required {}", id, complaint.reference(), borough,
                actor.id(), reviewRequired);
        return ComplaintView.of(complaint, details.size());
    }

    /**
     * What the process needs, and nothing anyone reading the engine should not see: no protected detail, no text of
     * the complaint, no address. Emails to the complainant and the worker's manager are put together by
     * ComplaintLetters when they are sent; the process knows only whether the response goes by post.
     */
    private static Map<String, Object> startVariables(Complaint c) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("complaintId", c.id().toString());
        variables.put("borough", c.borough());
        variables.put("businessReference", c.reference());
        variables.put("receivedOn", c.receivedOn().toString());
        variables.put("reviewRequired", c.reviewRequired());
        variables.put("complainantByPost", c.complainantEmail() == null);
        return variables;
    }

    /**
     * The complainant as compared for repeat complaints: their name, else their contact, lower-cased, with punctuation
     * and runs of spaces folded; none when neither is given.
     */
    static String complainantKey(String name, String contact) {
        String basis = text(name) != null ? name : text(contact);
        if (basis == null) {
            return null;
        }
        String key = basis.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.+]+", " ").strip().replaceAll("\\s+", " ");
        return key.isEmpty() ? null : key;
    }

    private static String reference(ComplaintRequest request, UUID id) {
        return "CMP-" + request.receivedOn().getYear() + "-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
