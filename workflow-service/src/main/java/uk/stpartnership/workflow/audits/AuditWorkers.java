package uk.stpartnership.workflow.audits;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

import java.util.Map;

/** The service task of audit-follow-up.bpmn; its email is notification-service's (letter round). */
@Singleton
public class AuditWorkers {

    private final RaiseMissedFollowUp raiseMissedFollowUp;

    public AuditWorkers(RaiseMissedFollowUp raiseMissedFollowUp) {
        this.raiseMissedFollowUp = raiseMissedFollowUp;
    }

    @JobWorker(type = "audit-follow-up-missed", fetchVariables = "roundId")
    public Map<String, Object> followUpMissed(ActivatedJob job) {
        return Map.of("nextSteeringAt", raiseMissedFollowUp.raise(JobVariables.id(job, "roundId")).toString());
    }
}
