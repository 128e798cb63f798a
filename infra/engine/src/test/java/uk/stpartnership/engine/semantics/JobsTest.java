package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Jobs as workers see them, after docs.camunda.io "components/concepts/job-workers". */
class JobsTest extends SemanticsTest {

    private List<ActivatedJob> activate(String type, Duration timeout) {
        engine().waitForIdle();
        return client().newActivateJobsCommand().jobType(type).maxJobsToActivate(10).timeout(timeout)
                .requestTimeout(Duration.ofMillis(500)).send().join().getJobs();
    }

    @Test
    void aJobCarriesItsTypeRetriesHeadersAndTheInstancesVariables() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work").zeebeJobRetries("5").zeebeTaskHeader("template", "letter-1"))
                .endEvent().done());
        long instance = start(p + "process", Map.of("to", "someone"));

        ActivatedJob job = job(p + "work");

        assertThat(job.getType()).isEqualTo(p + "work");
        assertThat(job.getRetries()).isEqualTo(5);
        assertThat(job.getCustomHeaders()).containsEntry("template", "letter-1");
        assertThat(job.getVariablesAsMap()).isEqualTo(Map.of("to", "someone"));
        assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(job.getBpmnProcessId()).isEqualTo(p + "process");
        assertThat(job.getElementId()).isEqualTo("work");
    }

    @Test
    void aJobUserTaskCarriesTheUserTaskHeaders() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .userTask("review", u -> u.zeebeFormKey("form-1").zeebeAssigneeExpression("who").zeebeCandidateGroups("reviewers"))
                .endEvent().done());
        start(p + "process", Map.of("who", "alex"));

        ActivatedJob job = job("io.camunda.zeebe:userTask");

        assertThat(job.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "form-1")
                .containsEntry("io.camunda.zeebe:assignee", "alex")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"reviewers\"]");
        complete(job);
    }

    @Test
    void aJobNotCompletedWithinItsTimeoutIsOfferedAgain() {
        deploy(oneTask(p + "process", p + "work"));
        var result = startWithResult(p + "process", Map.of());
        ActivatedJob first = job(p + "work");
        assertThat(first.getKey()).isNotZero();
        List<ActivatedJob> locked = activate(p + "work", Duration.ofMinutes(1));
        assertThat(locked).as("locked to the first worker").isEmpty();

        increaseTime(Duration.ofMinutes(6));

        List<ActivatedJob> again = activate(p + "work", Duration.ofMinutes(1));
        assertThat(again).extracting(ActivatedJob::getKey).containsExactly(first.getKey());
        complete(again.getFirst(), Map.of("done", true));
        assertThat(completed(result)).containsEntry("done", true);
    }

    @Test
    void aFailedJobWithRetriesLeftIsOfferedAgainAfterItsBackoff() {
        deploy(oneTask(p + "process", p + "work"));
        start(p + "process");
        ActivatedJob work = job(p + "work");

        client().newFailCommand(work.getKey()).retries(2).retryBackoff(Duration.ofMinutes(10)).errorMessage("later").send().join();

        noJob(p + "work");
        increaseTime(Duration.ofMinutes(11));
        ActivatedJob again = job(p + "work");
        assertThat(again.getKey()).isEqualTo(work.getKey());
        assertThat(again.getRetries()).isEqualTo(2);
    }

    @Test
    void aFailedJobWithoutBackoffIsOfferedAgainAtOnce() {
        deploy(oneTask(p + "process", p + "work"));
        start(p + "process");
        ActivatedJob work = job(p + "work");

        client().newFailCommand(work.getKey()).retries(1).send().join();

        assertThat(job(p + "work").getRetries()).isEqualTo(1);
    }

    @Test
    void completingAJobThatDoesNotExistIsNotFound() {
        assertThat(refusal(() -> client().newCompleteCommand(2251799813685249L).send().join())).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(refusal(() -> client().newFailCommand(2251799813685249L).retries(1).send().join())).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void completingAJobTwiceIsNotFound() {
        deploy(oneTask(p + "process", p + "work"));
        start(p + "process");
        ActivatedJob work = job(p + "work");
        complete(work);

        assertThat(refusal(() -> complete(work))).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void completingAJobThatFailedIntoAnIncidentIsAFailedPrecondition() {
        deploy(oneTask(p + "process", p + "work"));
        start(p + "process");
        ActivatedJob work = job(p + "work");
        client().newFailCommand(work.getKey()).retries(0).errorMessage("broken").send().join();

        assertThat(refusal(() -> complete(work))).isEqualTo(Status.Code.FAILED_PRECONDITION);
    }

    @Test
    void aJobsTimeoutCanBeExtended() {
        deploy(oneTask(p + "process", p + "work"));
        start(p + "process");
        List<ActivatedJob> first = activate(p + "work", Duration.ofMinutes(1));
        if (first.isEmpty()) {
            first = List.of(job(p + "work"));
        }

        client().newUpdateTimeoutCommand(first.getFirst().getKey()).timeout(Duration.ofHours(1)).send().join();
        increaseTime(Duration.ofMinutes(30));

        assertThat(activate(p + "work", Duration.ofMinutes(1))).isEmpty();
    }
}
