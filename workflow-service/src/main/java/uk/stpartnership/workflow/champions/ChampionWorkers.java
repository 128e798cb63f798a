package uk.stpartnership.workflow.champions;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.workflow.jobs.JobVariables;

import java.util.Map;

/** The service tasks of champion-nomination.bpmn and champion.bpmn; the people's answers are kept on completion (RecordChampionAnswers). */
@Singleton
public class ChampionWorkers {

    private final ChampionStages stages;

    ChampionWorkers(ChampionStages stages) {
        this.stages = stages;
    }

    @JobWorker(type = "champion-manager-dates", fetchVariables = "borough")
    public Map<String, Object> managerDates(ActivatedJob job) {
        return stages.managerDates(JobVariables.text(job, "borough"));
    }

    @JobWorker(type = "start-champion", fetchVariables = "nominationId")
    public void startChampion(ActivatedJob job) {
        stages.start(JobVariables.id(job, "nominationId"));
    }

    @JobWorker(type = "champion-stage", fetchVariables = "championId")
    public void stage(ActivatedJob job) {
        stages.stage(JobVariables.id(job, "championId"), String.valueOf(job.getCustomHeaders().get("stage")));
    }

    @JobWorker(type = "end-champion-agreement", fetchVariables = "championId")
    public Map<String, Object> endAgreement(ActivatedJob job) {
        return stages.endAgreement(JobVariables.id(job, "championId"));
    }
}
