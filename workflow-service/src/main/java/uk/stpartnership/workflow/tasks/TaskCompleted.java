package uk.stpartnership.workflow.tasks;

import uk.stpartnership.workflow.access.Actor;

import java.util.Map;

/**
 * Published inside the completing transaction once a person has completed a task, so that a feature can keep
 * what the answers mean for its own records (approved minutes, say) together with the completion.
 *
 * @param answers the checked answers the task was completed with
 */
public record TaskCompleted(InboxTask task, Map<String, Object> answers, Actor completedBy) {
}
