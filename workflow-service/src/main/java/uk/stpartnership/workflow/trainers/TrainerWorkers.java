package uk.stpartnership.workflow.trainers;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

/** The service task of trainer-accreditation.bpmn; its emails are notification-service's (letter accreditation). */
@Singleton
public class TrainerWorkers {

    private final RecordLapse recordLapse;

    public TrainerWorkers(RecordLapse recordLapse) {
        this.recordLapse = recordLapse;
    }

    @JobWorker(type = "record-accreditation-lapse", fetchVariables = {"accreditationId", "periodId"})
    public void recordLapse(ActivatedJob job) {
        recordLapse.record(JobVariables.id(job, "accreditationId"), JobVariables.id(job, "periodId"), job.getProcessInstanceKey());
    }
}
