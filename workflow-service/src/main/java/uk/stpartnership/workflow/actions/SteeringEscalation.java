package uk.stpartnership.workflow.actions;

import java.util.Optional;

/** The port to the steering group's agenda, which an overdue action goes on (the meetings feature implements it). */
public interface SteeringEscalation {

    /** Who the records name for what the escalation does (the agenda item, the action's history). */
    String BY = "escalation";

    /** The steering meeting the action now is on the agenda of, described for people; empty when it waits for one to be planned. */
    Optional<String> escalate(Action action);
}
