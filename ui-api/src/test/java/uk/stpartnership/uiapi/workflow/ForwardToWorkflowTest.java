package uk.stpartnership.uiapi.workflow;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.Api.PROBLEM_JSON;

/** Forwarding to a workflow-service that is not running (the forwarding itself is tested end to end with the real one). */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardToWorkflowTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.local());
        properties.put("platform.workflow-service-url", "http://127.0.0.1:" + FreePort.find());
        return properties;
    }

    @Test
    void an_unreachable_workflow_service_is_a_503_problem() {
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("champion.redbridge", "test-only-demo-password");

        Api.Answer inbox = api.get("/api/tasks?page=0&size=20", bearer);
        Api.Answer consultation = api.post("/api/consultations", "{\"caseReference\":\"RB-1\"}", bearer);

        assertThat(List.of(inbox, consultation)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        });
    }

    @Test
    void an_encoded_path_is_not_forwarded() {
        Api api = new Api(server.getURI());

        Api.Answer answer = api.get("/api/tasks/..%2F..%2Fpeople", api.bearer("champion.redbridge", "test-only-demo-password"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void nothing_is_forwarded_without_sign_in() {
        assertThat(new Api(server.getURI()).get("/api/tasks").status()).isEqualTo(401);
    }
}
