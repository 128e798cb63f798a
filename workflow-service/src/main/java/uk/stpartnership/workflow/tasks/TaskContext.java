package uk.stpartnership.workflow.tasks;

import java.util.Map;

/**
 * What a feature adds to a task's context when a person views it, read from the feature's own tables at that moment:
 * texts that never go to the engine (a draft response and what its screening found, say).
 */
public interface TaskContext {

    /** Nothing, for a task that is not the feature's. */
    Map<String, Object> of(InboxTask task);
}
