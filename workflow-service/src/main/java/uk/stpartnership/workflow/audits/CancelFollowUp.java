package uk.stpartnership.workflow.audits;

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
import uk.stpartnership.workflow.decisions.SearchDecisions;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project manager cancels a baseline's follow-up, naming the decision of the decision log that cancelled it: the
 * steering group is told no more. A follow-up that has started, or was cancelled, stays as it is.
 */
@Singleton
public class CancelFollowUp {

    private static final Logger LOG = LoggerFactory.getLogger(CancelFollowUp.class);

    private final AuditRoundRepository rounds;
    private final AuditFollowUpRepository followUps;
    private final AuditAccess access;
    private final SearchDecisions decisions;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final AuditFollowUpProcess process;
    private final ViewAuditRounds view;
    private final Clock clock;

    CancelFollowUp(AuditRoundRepository rounds, AuditFollowUpRepository followUps, AuditAccess access, SearchDecisions decisions,
                   RequestValidator validator, AuditLog auditLog, AuditFollowUpProcess process, ViewAuditRounds view, Clock clock) {
        this.rounds = rounds;
        this.followUps = followUps;
        this.access = access;
        this.decisions = decisions;
        this.validator = validator;
        this.auditLog = auditLog;
        this.process = process;
        this.view = view;
        this.clock = clock;
    }

    @Transactional
    public RoundView cancel(Actor actor, UUID roundId, UncheckedBody<FollowUpCancellation> body) {
        AuditRound round = rounds.findById(roundId).orElseThrow(() -> ProblemException.notFound("Audit round"));
        if (access.viewOf(actor, round, rounds.membersOf(roundId)) == AuditAccess.View.NONE) {
            throw ProblemException.notFound("Audit round");
        }
        if (!actor.holds(Role.PROJECT_MANAGER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only project managers cancel a round's follow-up");
        }
        AuditFollowUp followUp = followUps.findForUpdate(roundId).orElseThrow(() -> ProblemException.notFound("Follow-up"));
        FollowUpCancellation cancellation = UncheckedBody.readOrNull(body);
        if (cancellation == null) {
            throw ProblemException.badField("body", "must name the decision");
        }
        validator.check(cancellation);
        if (!followUp.status().open()) {
            throw ProblemException.conflict(followUp.status() == AuditFollowUp.Status.STARTED
                    ? "The follow-up has started: it can no longer be cancelled" : "The follow-up was cancelled already");
        }
        if (!decisions.exists(actor, cancellation.decisionId())) {
            throw ProblemException.badField("decisionId", "must be a decision in the decision log");
        }
        followUps.markCancelled(roundId, cancellation.decisionId(), actor.id(), Instant.now(clock));
        process.cancelled(roundId);
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("audit-round", roundId.toString(), null).changing(List.of(
                new AuditLog.Change("followUp", followUp.status().name(), "CANCELLED by decision " + cancellation.decisionId()))));
        LOG.info("The follow-up of round {} is cancelled by decision {}", round.reference(), cancellation.decisionId());
        return view.afterChange(round);
    }
}
