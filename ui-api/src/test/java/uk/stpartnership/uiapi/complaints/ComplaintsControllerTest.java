package uk.stpartnership.uiapi.complaints;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.Api.PROBLEM_JSON;

/**
 * Each complaints route reaches workflow-service as it came (method, path under /internal, query and body) with the
 * service token and the signed-in person as actor, and workflow-service's answer comes back as it is. workflow-service
 * is stood in for by an HTTP server that keeps what reaches it and answers with the status each route is given.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintsControllerTest implements TestPropertyProvider {

    private static final String ANSWER = "{\"answeredBy\":\"workflow-service\"}";
    private static final String ACTOR = "complaints-manager.tower-hamlets";

    /** A request as workflow-service received it; headers: the service token and the actor's. */
    record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile int answerStatus;
    private HttpServer workflowService;
    private String[] bearer;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            workflowService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workflowService.createContext("/", this::answer);
        workflowService.start();
        Map<String, String> properties = new HashMap<>(TestDatabases.local());
        properties.put("platform.workflow-service-url", "http://127.0.0.1:" + workflowService.getAddress().getPort());
        return properties;
    }

    @BeforeAll
    void signIn() {
        bearer = new Api(server.getURI()).bearer(ACTOR, "test-only-demo-password");
    }

    @BeforeEach
    void forgetRequests() {
        received.clear();
    }

    @AfterAll
    void stopWorkflowService() {
        workflowService.stop(0);
    }

    /** /sla and /indicators reach workflow-service as themselves: a complaint id there would be a 400. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/complaints                                     | {"receivedOn":"2026-03-02","channel":"EMAIL","complainantRelationship":"PERSON_CAUSING_HARM","about":"The social worker’s report","complainantIsPersonCausingHarm":"YES","workerManager":{"name":"A Manager","email":"a.manager@towerhamlets.test"},"protectedDetails":[{"kind":"REFUGE","detail":"Elm House"}]} | 201
            GET  | /api/complaints?stage=STAGE2&page=1&size=5          |                                                      | 200
            GET  | /api/complaints/indicators?from=2026-04&to=2027-03  |                                                      | 200
            GET  | /api/complaints/sla?page=0&size=20                  |                                                      | 200
            GET  | /api/complaints/%1$s                                |                                                      | 200
            POST | /api/complaints/%1$s/screen                         | {"text":"We have spoken to the school in Bow."}      | 200
            PUT  | /api/complaints/%1$s/assignments                    | {"reviewerId":"st-reviewer.tower-hamlets","investigatorId":null} | 200
            POST | /api/complaints/%1$s/stage2-request                 | {"requestedOn":"2026-04-20"}                         | 202
            POST | /api/complaints/%1$s/stage3-request                 | {"requestedOn":"2026-07-01"}                         | 202
            POST | /api/complaints/%1$s/withdrawal                     | {"reason":"Resolved with the team"}                  | 202
            POST | /api/complaints/%1$s/early-resolution               | {"reason":"An apology and a new worker"}             | 202
            POST | /api/complaints/%1$s/ombudsman-enquiries            | {"reference":"25 012 345","receivedOn":"2026-09-01"} | 201
            GET  | /api/complaints/%1$s/audit?page=0&size=50           |                                                      | 200
            """)
    void each_route_is_forwarded_with_the_person_as_actor_and_answered_as_workflow_service_answers(
            String method, String path, String body, int status) {
        Api api = new Api(server.getURI());
        String route = path.formatted(UUID.randomUUID());
        answerStatus = status;

        Api.Answer unsigned = send(api, method, route, body);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(received).isEmpty();

        Api.Answer answer = send(api, method, route, body, bearer);

        assertThat(received).containsExactly(new Received(method, route.replaceFirst("^/api/", "/internal/"), Map.of(
                "X-Service-Token", "test-only-service-token",
                "X-Actor-Id", ACTOR,
                "X-Actor-Organisation", "tower-hamlets",
                "X-Actor-Roles", "COMPLAINTS_MANAGER"), body == null ? "" : body));
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).isEqualTo(ANSWER);
    }

    @Test
    void a_complaint_id_that_is_not_a_uuid_is_a_400_naming_it_and_is_not_forwarded() {
        Api.Answer answer = new Api(server.getURI()).post("/api/complaints/TH-2026-0001/withdrawal", "{\"reason\":\"x\"}", bearer);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("field", "id");
        assertThat(received).isEmpty();
    }

    private static Api.Answer send(Api api, String method, String route, String body, String... headers) {
        return switch (method) {
            case "GET" -> api.get(route, headers);
            case "POST" -> api.post(route, body, headers);
            case "PUT" -> api.put(route, body, headers);
            default -> throw new IllegalArgumentException(method);
        };
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> headers = Stream.of("X-Service-Token", "X-Actor-Id", "X-Actor-Organisation", "X-Actor-Roles")
                .filter(name -> exchange.getRequestHeaders().containsKey(name))
                .collect(Collectors.toMap(name -> name, name -> exchange.getRequestHeaders().getFirst(name)));
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new Received(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] answer = ANSWER.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answerStatus, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
