package uk.stpartnership.workflow.consultations;

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
import java.util.Map;
import java.util.UUID;

/**
 * A practitioner or champion asks their borough's implementation leads for a case consultation. The request
 * is stored with its process start in the outbox: the process starts once the request is committed.
 */
@Singleton
public class RequestConsultation {

    private static final Logger LOG = LoggerFactory.getLogger(RequestConsultation.class);

    private final ConsultationRequests requests;
    private final ConsultationProcesses processes;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    public RequestConsultation(ConsultationRequests requests, ConsultationProcesses processes, RequestValidator validator,
                               AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.processes = processes;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public RequestedConsultation request(Actor actor, UncheckedBody<ConsultationRequest> body) {
        if (!actor.holdsAny(Role.PRACTITIONER, Role.CHAMPION)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only practitioners and champions request case consultations");
        }
        ConsultationRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a consultation request");
        }
        validator.check(request);
        UUID id = UUID.randomUUID();
        RequestedConsultation requested = new RequestedConsultation(id, actor.organisation(), request.caseReference(),
                request.practitionerRole(), request.helpWanted(), actor.id(), Instant.now(clock));
        requests.save(requested);
        // The practitioner's own words (their role, the help wanted) stay in the request: the task reads them when viewed.
        processes.start(id, Map.of(
                "consultationId", id.toString(),
                "borough", requested.borough(),
                "businessReference", requested.caseReference(),
                "caseReference", requested.caseReference(),
                "requestedBy", requested.requestedBy()));
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("consultation-request", id.toString(), requested.caseReference()));
        LOG.info("Consultation {} requested in {}", id, requested.borough());
        return requested;
    }
}
