package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the complainant tells the complaints team, passed to the complaint's process: they ask for stage 2 or 3
 * (within the window after the last response), they withdraw the complaint, or it is resolved early.
 */
@Singleton
public class MoveComplaint {

    private static final Logger LOG = LoggerFactory.getLogger(MoveComplaint.class);

    @Serdeable
    @Introspected
    public record NextStageRequest(@NotNull @PastOrPresent LocalDate requestedOn) {
    }

    @Serdeable
    @Introspected
    public record Ending(@NotBlank @Size(max = 2000) String reason) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintProcesses processes;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    public MoveComplaint(ComplaintRepository complaints, ComplaintProcesses processes, RequestValidator validator, AuditLog auditLog,
                         Clock clock) {
        this.complaints = complaints;
        this.processes = processes;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Stage 2 or 3, asked for while the window after the previous stage's response is open. */
    @Transactional
    public void requestStage(Actor actor, UUID id, Complaint.Stage stage, UncheckedBody<NextStageRequest> body) {
        Complaint complaint = openForTheTeam(actor, id);
        NextStageRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("requestedOn", "must not be null");
        }
        validator.check(request);
        String window = stage == Complaint.Stage.STAGE2 ? "stage2-request-window" : "stage3-request-window";
        Instant closes = complaint.progress().deadlineAt();
        if (!window.equals(complaint.progress().deadlinePeriod()) || Instant.now(clock).isAfter(closes)) {
            throw ProblemException.conflict("The complainant can ask for " + (stage == Complaint.Stage.STAGE2 ? "stage 2" : "stage 3")
                    + " only after the response at the stage before, while the window to ask is open");
        }
        complaints.recordStageRequest(id, stage, request.requestedOn());
        processes.tell(stage == Complaint.Stage.STAGE2 ? "stage2-requested" : "stage3-requested", id, Map.of());
        auditLog.record(actor, AuditLog.Action.UPDATE, ViewComplaint.entry(complaint).changing(List.of(AuditLog.Change.of(
                stage == Complaint.Stage.STAGE2 ? "stage2RequestedOn" : "stage3RequestedOn",
                stage == Complaint.Stage.STAGE2 ? complaint.progress().stage2RequestedOn() : complaint.progress().stage3RequestedOn(),
                request.requestedOn()))));
        LOG.info("Complaint {}: {} asked for on {}", complaint.reference(), stage, request.requestedOn());
    }

    /** Withdrawn by the complainant, or resolved early: the process ends wherever it is and its tasks close. */
    @Transactional
    public void end(Actor actor, UUID id, Complaint.Outcome how, UncheckedBody<Ending> body) {
        Complaint complaint = openForTheTeam(actor, id);
        Ending ending = UncheckedBody.readOrNull(body);
        if (ending == null) {
            throw ProblemException.badField("reason", "must not be blank");
        }
        validator.check(ending);
        if (!complaints.requestEnding(id, how, Instant.now(clock))) {
            throw ProblemException.conflict("The complaint is closed, or its ending has already been recorded");
        }
        String message = how == Complaint.Outcome.WITHDRAWN ? "complaint-withdrawn" : "complaint-resolved-early";
        processes.tell(message, id, Map.of(how == Complaint.Outcome.WITHDRAWN ? "withdrawalReason" : "earlyResolution", ending.reason().strip()));
        // The reason is in the complainant's or the team's words: named, not copied.
        auditLog.record(actor, AuditLog.Action.UPDATE, ViewComplaint.entry(complaint).changing(List.of(
                AuditLog.Change.of("ending", null, how), AuditLog.Change.named("reason"))));
        LOG.info("Complaint {}: {} by {}", complaint.reference(), message, actor.id());
    }

    private Complaint openForTheTeam(Actor actor, UUID id) {
        Complaint complaint = ViewComplaint.visible(complaints, actor, id);
        if (!Complaint.isComplaintsTeamOf(actor, complaint.borough())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints team records what the complainant asks");
        }
        if (!complaint.isOpen()) {
            throw ProblemException.conflict("The complaint is closed");
        }
        return complaint;
    }
}
