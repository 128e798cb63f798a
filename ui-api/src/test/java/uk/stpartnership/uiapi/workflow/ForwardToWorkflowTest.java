package uk.stpartnership.uiapi.workflow;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        return TestDatabases.localWithoutWorkflowService();
    }

    @Test
    void an_unreachable_workflow_service_is_a_503_problem() {
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("champion.redbridge", "test-only-demo-password");

        Api.Answer inbox = api.get("/api/tasks?page=0&size=20", bearer);
        Api.Answer consultation = api.post("/api/consultations", "{\"caseReference\":\"RB-1\"}", bearer);
        Api.Answer decisions = api.get("/api/decisions?q=domestic%20abuse%20%26%20training&status=OPEN&page=0&size=20", bearer);

        assertThat(List.of(inbox, consultation, decisions)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        });
    }

    /** 503, not 404: each route exists and its path passes the allow-list on its way to workflow-service. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /api/meeting-series?page=0&size=20
            POST | /api/meeting-series
            GET  | /api/meeting-series/%1$s
            PUT  | /api/meeting-series/%1$s
            POST | /api/meeting-series/%1$s/close
            GET  | /api/meetings/%1$s
            POST | /api/meetings/%1$s/agenda-items
            POST | /api/meetings/%1$s/cancel
            POST | /api/meetings/%1$s/move
            GET  | /api/decisions?group=STEERING&from=2026-01-01&to=2026-12-31&borough=hackney&status=OPEN&q=caf%%C3%%A9+plan&page=0&size=5
            GET  | /api/actions?borough=hackney&owner=champion.hackney&status=OPEN&overdue=true&page=0&size=5
            POST | /api/actions/%1$s/due-date
            GET  | /api/steering/overview
            GET  | /api/trainers?page=0&size=5
            GET  | /api/trainers/%1$s
            POST | /api/trainers
            POST | /api/trainers/%1$s/renewal
            """)
    void every_governance_route_is_forwarded(String method, String path) {
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("project-manager.respect", "test-only-demo-password");
        String withId = path.formatted(UUID.randomUUID());

        Api.Answer answer = switch (method) {
            case "GET" -> api.get(withId, bearer);
            case "POST" -> api.post(withId, "{}", bearer);
            case "PUT" -> api.put(withId, "{}", bearer);
            default -> throw new IllegalArgumentException(method);
        };

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void a_governance_id_that_is_not_a_uuid_is_a_400_naming_it() {
        Api api = new Api(server.getURI());

        Api.Answer answer = api.get("/api/meetings/not-a-uuid", api.bearer("champion.redbridge", "test-only-demo-password"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("field", "id");
    }

    @Test
    void an_encoded_path_is_not_forwarded() {
        Api api = new Api(server.getURI());

        Api.Answer answer = api.get("/api/tasks/..%2F..%2Fpeople", api.bearer("champion.redbridge", "test-only-demo-password"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void a_path_naming_a_person_by_username_is_forwarded_and_a_dot_segment_is_not() {
        assertThat(ForwardToWorkflow.plain("/api/training/people/practitioner.hackney/record")).isTrue();
        assertThat(ForwardToWorkflow.plain("/api/tasks")).isTrue();
        assertThat(ForwardToWorkflow.plain("/api/tasks/../people")).isFalse();
        assertThat(ForwardToWorkflow.plain("/api/tasks/./people")).isFalse();
        assertThat(ForwardToWorkflow.plain("/api/tasks/..")).isFalse();
        assertThat(ForwardToWorkflow.plain("/api/tasks/%2E%2E/people")).isFalse();
    }

    @Test
    void nothing_is_forwarded_without_sign_in() {
        Api api = new Api(server.getURI());

        assertThat(api.get("/api/tasks").status()).isEqualTo(401);
        assertThat(api.get("/api/steering/overview").status()).isEqualTo(401);
    }
}
