package uk.stpartnership.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A test of workflow-service on real PostgreSQL and the real engine, calling its API as ui-api does. Subclasses
 * say whether the job workers run; with them off, a test hands the engine's jobs to the workers itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WorkflowServiceTest implements TestPropertyProvider {

    protected final WorkflowServiceTestResources resources = new WorkflowServiceTestResources();
    /** The service's clock, kept with the engine's: a test that moves the engine's clock moves both. */
    protected final EngineClock clock = new EngineClock(resources.engine());
    /** The send-email jobs as notification-service would take them, asking this service for complaint letters. */
    protected final EmailJobs emails = new EmailJobs(resources.engine(), this::letter);

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;

    protected abstract boolean workersEnabled();

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        return resources.properties(workersEnabled());
    }

    @AfterAll
    protected void stopEngine() {
        resources.close();
    }

    protected HttpResponse<String> call(Person person, String method, String path, String body) {
        return resources.call(server.getURI(), person, method, path, body);
    }

    protected Map<String, Object> map(HttpResponse<String> response) throws Exception {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    /** The items of a page the person was allowed to read. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> items(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) map(response).get("items");
    }

    protected <T> T eventually(Callable<T> probe, Predicate<T> done) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(probe, done::test);
    }

    /** The one job of a type waiting in the engine now. */
    protected ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = resources.engine().activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }

    /** The person's open task of a kind for the complaint, once the process has made it. */
    protected Map<String, Object> awaitComplaintTask(Person person, String kind, String complaintId) {
        return eventually(() -> complaintTask(person, kind, complaintId), found -> found != null);
    }

    /** The person's open task of a kind for the complaint, or null (the emails sent so far delivered first). */
    protected Map<String, Object> complaintTask(Person person, String kind, String complaintId) throws Exception {
        emails.deliver();
        return items(call(person, "GET", "/internal/tasks?size=100", null)).stream()
                .filter(task -> kind.equals(task.get("kind")))
                .filter(task -> complaintId.equals(((Map<?, ?>) task.get("context")).get("complaintId")))
                .findFirst().orElse(null);
    }

    /** As notification-service asks workflow-service for a letter: the service token, no person. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> letter(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String kind = job.getCustomHeaders().get("letter");
        String path = "/internal/letters/" + kind + "/" + variables.get(kind + "Id") + "/" + job.getCustomHeaders().get("template")
                + (variables.get("draftId") == null ? "" : "?draftId=" + variables.get("draftId"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("X-Service-Token", WorkflowServiceTestResources.SERVICE_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Map<String, Object> letter = map(answer);
            Map<String, Object> values = new HashMap<>((Map<String, Object>) letter.get("values"));
            if (letter.get("recipients") != null) {
                values.put("recipients", letter.get("recipients"));
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
