package uk.stpartnership.uiapi.workflow;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.Api.PROBLEM_JSON;

/**
 * What ui-api answers itself, before anything reaches workflow-service (which is not running here, so a request that
 * got through would be a 503): unknown paths, wrong content types, NUL characters.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRequestsTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabases.localWithoutWorkflowService();
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() {
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("champion.redbridge", "test-only-demo-password");

        for (String path : new String[] {"/api/nothing-here", "/api/complaints/x/y/z", "/api"}) {
            Api.Answer answer = api.get(path, bearer);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(api.post("/api/nothing-here", "{}", bearer).status()).isEqualTo(404);
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() throws Exception {
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("practitioner.redbridge", "test-only-demo-password");

        for (String path : new String[] {"/api/consultations", "/api/complaints", "/api/meeting-series"}) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header(bearer[0], bearer[1]).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("caseReference=RB-1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        }
    }

    @Test
    void a_nul_character_in_a_query_is_a_400_naming_the_parameter() {
        Api api = new Api(server.getURI());

        Api.Answer answer = api.get("/api/decisions?q=%00&page=0", api.bearer("project-manager.respect", "test-only-demo-password"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("field", "q");
    }

    @Test
    void a_nul_character_in_a_username_is_a_400_naming_it() {
        Api api = new Api(server.getURI());

        Api.Answer answer = api.post("/api/sign-in", "{\"username\":\"x\\u0000y\",\"password\":\"test-only-demo-password\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("field", "username");
        assertThat(api.post("/api/sign-in", "{\"username\":[\"champion.redbridge\"],\"password\":\"x\"}").json())
                .containsEntry("field", "username");
    }
}
