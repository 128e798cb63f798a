package uk.stpartnership.workflow.tasks;

import io.camunda.client.CamundaClient;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.workflow.EmailJobs;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.complaints.PerpetratorProofingCheck;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's answers are saved before its job is completed: when the engine cannot be reached (a real gRPC failure,
 * against a port nothing listens on) the completion fails, the task stays open, and completing it again hands the
 * saved answers to the process and writes the record once.
 */
@MicronautTest(transactional = false)
class CompletionRetryTest extends WorkflowServiceTest {

    private static final Person OFFICER = new Person("complaints-officer.hackney", "hackney", "COMPLAINTS_OFFICER");
    private static final Person REVIEWER = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");

    private volatile boolean engineUnreachable;

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @MockBean(UserTaskJobs.class)
    UserTaskJobs jobs() {
        UserTaskJobs real = new ZeebeUserTaskJobs(resources.engine().client());
        UserTaskJobs unreachable = new ZeebeUserTaskJobs(CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + FreePort.find())).preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(2)).build());
        return (jobKey, variables) -> (engineUnreachable ? unreachable : real).complete(jobKey, variables);
    }

    @Test
    void aReviewWhoseJobCannotBeCompletedStaysOpenAndItsRetryWritesTheReviewOnce() throws Exception {
        var recorded = call(OFFICER, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"A Parent","complainantRelationship":"PERSON_CAUSING_HARM",
                 "about":"The worker took the mother's side","complainantIsPersonCausingHarm":"YES","protectedDetails":[]}"""
                .formatted(LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = (String) map(recorded).get("id");
        assertThat(complete(OFFICER, awaitComplaintTask(OFFICER, "acknowledge-complaint", id), "{}").statusCode()).isEqualTo(200);
        Map<String, Object> review = awaitComplaintTask(REVIEWER, "perpetrator-proofing-review", id);

        engineUnreachable = true;
        var failed = complete(REVIEWER, review, review());
        engineUnreachable = false;
        assertThat(failed.statusCode()).as(failed.body()).isGreaterThanOrEqualTo(500);
        assertThat(failed.body()).doesNotContain("Exception");
        assertThat(complaintTask(REVIEWER, "perpetrator-proofing-review", id)).as("still open").isNotNull();
        String reviews = "SELECT count(*) FROM workflow.complaint_review WHERE complaint_id = '" + id + "'";
        assertThat(resources.count(reviews)).as("saved before the process was told").isEqualTo(1);

        var retried = complete(REVIEWER, review, review());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(resources.count(reviews)).isEqualTo(1);
        assertThat(complaintTask(REVIEWER, "perpetrator-proofing-review", id)).isNull();
        assertThat(complete(REVIEWER, review, review()).statusCode()).isEqualTo(409);
        assertThat(awaitComplaintTask(OFFICER, "respond-stage1", id)).as("the process went on").isNotNull();
    }

    private static String review() {
        String checks = String.join(",", Arrays.stream(PerpetratorProofingCheck.values())
                .map(check -> "{\"check\":\"" + check.name() + "\",\"answer\":\"NOT_KNOWN\",\"note\":\"Considered\"}").toList());
        return "{\"checks\":[" + checks + "],\"conclusion\":\"YES\",\"safeguards\":\"Nothing about where the family lives\"}";
    }

    private java.net.http.HttpResponse<String> complete(Person person, Map<String, Object> task, String answers) {
        assertThat(task).as("the task to complete").isNotNull();
        return call(person, "POST", "/internal/tasks/" + task.get("key") + "/complete", answers);
    }
}
