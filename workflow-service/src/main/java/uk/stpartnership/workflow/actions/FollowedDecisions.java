package uk.stpartnership.workflow.actions;

import java.time.Instant;
import java.util.UUID;

/** The port to the decision an action follows up (the decision log implements it). */
public interface FollowedDecisions {

    /** Locks the decision until the transaction ends: of two actions done at once, the second to take it sees the first done. */
    void hold(UUID decisionId);

    /** An OPEN decision whose follow-up actions are all done becomes IMPLEMENTED; answers whether it did. */
    boolean implementIfAllActionsDone(UUID decisionId, Instant at);
}
