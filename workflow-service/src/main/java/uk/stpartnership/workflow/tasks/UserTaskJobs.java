package uk.stpartnership.workflow.tasks;

import java.util.Map;

/** The port through which a completed task reaches the process. */
public interface UserTaskJobs {

    enum Outcome { COMPLETED, NO_LONGER_WAITING }

    /** Completes the task's job with the person's answers; NO_LONGER_WAITING when the process closed the task. */
    Outcome complete(long jobKey, Map<String, Object> variables);
}
