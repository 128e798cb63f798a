package uk.stpartnership.workflow;

import io.micronaut.runtime.Micronaut;

/** Job workers, domain records and the task inbox of the S&T partnership platform. */
public final class WorkflowService {

    private WorkflowService() {
    }

    public static void main(String[] args) {
        Micronaut.run(WorkflowService.class, args);
    }
}
