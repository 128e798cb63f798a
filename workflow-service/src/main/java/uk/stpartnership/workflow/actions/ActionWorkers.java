package uk.stpartnership.workflow.actions;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

/** The service tasks of governance-action.bpmn; neither returns variables. */
@Singleton
public class ActionWorkers {

    private final EscalateOverdueAction escalateOverdueAction;
    private final RecordActionDone recordActionDone;

    public ActionWorkers(EscalateOverdueAction escalateOverdueAction, RecordActionDone recordActionDone) {
        this.escalateOverdueAction = escalateOverdueAction;
        this.recordActionDone = recordActionDone;
    }

    @JobWorker(type = "escalate-overdue-action", fetchVariables = "actionId")
    public void escalateOverdueAction(ActivatedJob job) {
        escalateOverdueAction.escalate(JobVariables.id(job, "actionId"));
    }

    @JobWorker(type = "record-action-done", fetchVariables = {"actionId", "doneNote", "completedBy"})
    public void recordActionDone(ActivatedJob job) {
        recordActionDone.done(JobVariables.id(job, "actionId"), JobVariables.text(job, "completedBy"), JobVariables.text(job, "doneNote"));
    }
}
