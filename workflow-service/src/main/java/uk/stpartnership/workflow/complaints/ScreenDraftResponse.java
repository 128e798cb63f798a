package uk.stpartnership.workflow.complaints;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.util.UUID;

/**
 * The complaints team (or a person assigned to the complaint) screens a draft response against the complaint's
 * protected details. The read of the details is audited; neither the details nor the draft are logged, only counts.
 */
@Singleton
public class ScreenDraftResponse {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenDraftResponse.class);

    private final ComplaintRepository complaints;
    private final RequestValidator validator;
    private final AuditLog auditLog;

    public ScreenDraftResponse(ComplaintRepository complaints, RequestValidator validator, AuditLog auditLog) {
        this.complaints = complaints;
        this.validator = validator;
        this.auditLog = auditLog;
    }

    @Transactional
    public ScreenResponse.Result screen(Actor actor, UUID id, UncheckedBody<ScreenRequest> body) {
        Complaint complaint = ViewComplaint.visible(complaints, actor, id);
        ScreenRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("text", "must not be blank");
        }
        validator.check(request);
        ScreenResponse.Result result = ScreenResponse.screen(request.text(), complaints.protectedDetailsOf(id));
        auditLog.record(actor, AuditLog.Action.READ, ViewComplaint.entry(complaint));
        LOG.info("Draft response to complaint {} screened by {}: {} disclosure(s), {} warning(s)", id, actor.id(),
                result.matches().size(), result.warnings().size());
        return result;
    }
}
