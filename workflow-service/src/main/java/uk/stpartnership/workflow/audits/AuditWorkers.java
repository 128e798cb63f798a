package uk.stpartnership.workflow.audits;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

import java.util.Map;

/**
 * The service tasks of case-audit-round.bpmn and audit-follow-up.bpmn. The people's scores, resolutions and sign-off
 * are kept on completion (RecordAuditAnswers); the emails are notification-service's (letter round).
 */
@Singleton
public class AuditWorkers {

    private final CompareScores compareScores;
    private final PutFindingsOnAgenda putFindingsOnAgenda;
    private final RaiseMissedFollowUp raiseMissedFollowUp;

    public AuditWorkers(CompareScores compareScores, PutFindingsOnAgenda putFindingsOnAgenda, RaiseMissedFollowUp raiseMissedFollowUp) {
        this.compareScores = compareScores;
        this.putFindingsOnAgenda = putFindingsOnAgenda;
        this.raiseMissedFollowUp = raiseMissedFollowUp;
    }

    @JobWorker(type = "audit-agreement", fetchVariables = "roundId")
    public Map<String, Object> agreement(ActivatedJob job) {
        return Map.of("disagreements", compareScores.compare(JobVariables.id(job, "roundId")));
    }

    @JobWorker(type = "audit-findings-to-agenda", fetchVariables = "roundId")
    public void findingsToAgenda(ActivatedJob job) {
        putFindingsOnAgenda.put(JobVariables.id(job, "roundId"));
    }

    @JobWorker(type = "audit-follow-up-missed", fetchVariables = "roundId")
    public Map<String, Object> followUpMissed(ActivatedJob job) {
        return Map.of("nextSteeringAt", raiseMissedFollowUp.raise(JobVariables.id(job, "roundId")).toString());
    }
}
