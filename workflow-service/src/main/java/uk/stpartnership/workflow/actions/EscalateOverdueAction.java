package uk.stpartnership.workflow.actions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An overdue action goes to the steering group, once: on its next open agenda, or the next one planned. */
@Singleton
public class EscalateOverdueAction {

    private static final Logger LOG = LoggerFactory.getLogger(EscalateOverdueAction.class);

    private final ActionRepository actions;
    private final SteeringEscalation steeringAgenda;
    private final Clock clock;

    EscalateOverdueAction(ActionRepository actions, SteeringEscalation steeringAgenda, Clock clock) {
        this.actions = actions;
        this.steeringAgenda = steeringAgenda;
        this.clock = clock;
    }

    @Transactional
    public void escalate(UUID actionId) {
        Action action = actions.findForUpdate(actionId).orElseThrow(() -> new UnrecoverableJobFailure("No action " + actionId));
        if (action.escalated() || action.status() == Action.Status.DONE) {
            LOG.info("Action {} needs no escalation (escalated: {}, {})", actionId, action.escalated(), action.status());
            return;
        }
        Optional<String> meeting = steeringAgenda.escalate(action);
        actions.markEscalated(actionId);
        String note = meeting.map(m -> "On the agenda of the " + m)
                .orElse("Waiting for the next steering group meeting to be planned");
        actions.addHistory(ActionHistory.of(actionId, Instant.now(clock), ActionHistory.Event.ESCALATED, SteeringEscalation.BY, note));
        LOG.info("Action {} overdue and escalated: {}", actionId, note);
    }
}
