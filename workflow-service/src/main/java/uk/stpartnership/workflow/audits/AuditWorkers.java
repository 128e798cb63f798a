package uk.stpartnership.workflow.audits;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

import java.util.Map;

/** The service tasks of case-audit-round.bpmn; the people's scores, resolutions and sign-off are kept on completion (RecordAuditAnswers). */
@Singleton
public class AuditWorkers {

    private final CompareScores compareScores;
    private final PutFindingsOnAgenda putFindingsOnAgenda;

    AuditWorkers(CompareScores compareScores, PutFindingsOnAgenda putFindingsOnAgenda) {
        this.compareScores = compareScores;
        this.putFindingsOnAgenda = putFindingsOnAgenda;
    }

    @JobWorker(type = "audit-agreement", fetchVariables = "roundId")
    public Map<String, Object> agreement(ActivatedJob job) {
        return Map.of("disagreements", compareScores.compare(JobVariables.id(job, "roundId")));
    }

    @JobWorker(type = "audit-findings-to-agenda", fetchVariables = "roundId")
    public void findingsToAgenda(ActivatedJob job) {
        putFindingsOnAgenda.put(JobVariables.id(job, "roundId"));
    }
}
