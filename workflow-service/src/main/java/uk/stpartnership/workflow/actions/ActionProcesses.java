package uk.stpartnership.workflow.actions;

import java.util.Map;
import java.util.UUID;

/** The port to the governance-action process of each action; it reaches the process after commit. */
public interface ActionProcesses {

    /** Message action-due-date-changed for the action's process, with the new dueDate, dueAt and reminderAt. */
    void actionDueDateChanged(UUID actionId, Map<String, Object> variables);

    /** Starts the action's governance-action process; publishing it again for the same action starts nothing more. */
    void actionAgreed(UUID actionId, Map<String, Object> variables);
}
