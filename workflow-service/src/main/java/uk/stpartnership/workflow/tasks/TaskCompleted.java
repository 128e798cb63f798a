package uk.stpartnership.workflow.tasks;

import uk.stpartnership.workflow.access.Actor;

import java.util.Map;

/**
 * Published inside the transaction that saves a person's completion of a task, before the process is told, so that
 * a feature keeps what the answers mean for its own records (approved minutes, say) with it, once per task.
 *
 * @param answers the checked answers the task was completed with
 */
public record TaskCompleted(InboxTask task, Map<String, Object> answers, Actor completedBy) {
}
