package uk.stpartnership.workflow.actions;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An action done, with its owner's note, in the transaction that saves the owner's completion of complete-action: the
 * process is told only that the task is done. The decision it follows up is implemented once all its actions are done.
 */
@Singleton
public class RecordActionDone {

    private static final Logger LOG = LoggerFactory.getLogger(RecordActionDone.class);

    private final ActionRepository actions;
    private final FollowedDecisions decisions;
    private final Clock clock;

    RecordActionDone(ActionRepository actions, FollowedDecisions decisions, Clock clock) {
        this.actions = actions;
        this.decisions = decisions;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (CompleteActionForm.KIND.equals(completed.task().kind())) {
            done(UUID.fromString((String) completed.task().context().get("actionId")), completed.completedBy().id(),
                    (String) completed.answers().get("doneNote"));
        }
    }

    private void done(UUID actionId, String by, String note) {
        UUID decisionId = actions.findById(actionId).orElseThrow(() -> new IllegalStateException("No action " + actionId)).decisionId();
        // The decision first, then the action: of two actions done at once, the second to take the lock sees the first done.
        if (decisionId != null) {
            decisions.hold(decisionId);
        }
        Action action = actions.findForUpdate(actionId).orElseThrow();
        if (action.status() == Action.Status.DONE) {
            LOG.info("Action {} was already recorded as done", actionId);
            return;
        }
        Instant now = Instant.now(clock);
        actions.markDone(actionId, by, note, now);
        actions.addHistory(ActionHistory.of(actionId, now, ActionHistory.Event.DONE, by, note));
        boolean implemented = decisionId != null && decisions.implementIfAllActionsDone(decisionId, now);
        LOG.info("Action {} done{}", actionId, implemented ? "; decision " + decisionId + " implemented" : "");
    }
}
