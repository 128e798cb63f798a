package uk.stpartnership.workflow.actions;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

/** The service task of governance-action.bpmn; an action done is kept when its task is completed (RecordActionDone). */
@Singleton
public class ActionWorkers {

    private final EscalateOverdueAction escalateOverdueAction;

    public ActionWorkers(EscalateOverdueAction escalateOverdueAction) {
        this.escalateOverdueAction = escalateOverdueAction;
    }

    @JobWorker(type = "escalate-overdue-action", fetchVariables = "actionId")
    public void escalateOverdueAction(ActivatedJob job) {
        escalateOverdueAction.escalate(JobVariables.id(job, "actionId"));
    }
}
