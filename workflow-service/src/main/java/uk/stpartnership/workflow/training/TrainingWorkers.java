package uk.stpartnership.workflow.training;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

/** The service task of training-cohort.bpmn; the emails are send-email tasks with the letters of TrainingLetters. */
@Singleton
public class TrainingWorkers {

    private final DeliverCohort deliverCohort;

    TrainingWorkers(DeliverCohort deliverCohort) {
        this.deliverCohort = deliverCohort;
    }

    /** Every day held and recorded: the cohort is delivered and its trainees' courses completed (a second time, nothing). */
    @JobWorker(type = "training-cohort-delivered", fetchVariables = "cohortId")
    public void cohortDelivered(ActivatedJob job) {
        deliverCohort.delivered(JobVariables.id(job, "cohortId"));
    }
}
