package uk.stpartnership.workflow.decisions;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.actions.FollowedDecisions;

import java.time.Instant;
import java.util.UUID;

/** What the decision log does when a follow-up action is done: the last one done implements the decision. */
@Singleton
class FollowUpDone implements FollowedDecisions {

    private final DecisionRepository decisions;

    FollowUpDone(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public void hold(UUID decisionId) {
        decisions.findForUpdate(decisionId);
    }

    @Override
    public boolean implementIfAllActionsDone(UUID decisionId, Instant at) {
        return decisions.implementIfAllActionsDone(decisionId, at) == 1;
    }
}
