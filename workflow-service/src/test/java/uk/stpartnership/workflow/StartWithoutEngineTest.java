package uk.stpartnership.workflow;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.testsupport.PeopleDirectoryStub;
import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.testsupport.TestPostgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * workflow-service started while its engine is away: it serves what needs no engine at once, its readiness says the
 * engine is DOWN, and when an engine appears where it points it deploys the models, opens its workers, and the starts
 * it kept in its outbox go out.
 */
class StartWithoutEngineTest {

    private static final String SERVICE_TOKEN = "test-service-token-0123456789";
    private static final String PRACTITIONER = "practitioner.hackney";
    private static final String LEAD = "implementation-lead.hackney";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceServesWithoutItsEngineAndDeploysWhenTheEngineAppears() throws Exception {
        int enginePort = FreePort.find();
        TestPostgres.Database database = TestPostgres.newDatabase();
        try (PeopleDirectoryStub people = PeopleDirectoryStub.start(SERVICE_TOKEN, List.of(
                new PeopleDirectoryStub.Entry(PRACTITIONER, "A Practitioner", "hackney", "PRACTITIONER"),
                new PeopleDirectoryStub.Entry(LEAD, "A Lead", "hackney", "IMPLEMENTATION_LEAD")))) {
            Instant starting = Instant.now();
            try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "datasources.default.url", database.jdbcUrl(),
                    "datasources.default.username", database.username(),
                    "datasources.default.password", database.password(),
                    "zeebe.grpc-address", "http://127.0.0.1:" + enginePort,
                    "platform.service-token", SERVICE_TOKEN,
                    "ui-api.url", people.url(),
                    "outbox.poll-interval", "500ms",
                    "micronaut.server.port", "-1"))) {
                URI server = service.getURI();
                assertThat(Duration.between(starting, Instant.now())).as("started without waiting for the engine")
                        .isLessThan(Duration.ofSeconds(30));

                HttpResponse<String> tasks = get(server, "/internal/tasks", LEAD, "IMPLEMENTATION_LEAD");
                assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
                assertThat(tasks.body()).contains("\"items\":[]");
                HttpResponse<String> requested = post(server, "/internal/consultations", PRACTITIONER, "PRACTITIONER",
                        "{\"caseReference\":\"HK-9\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"The father's pattern\"}");
                assertThat(requested.statusCode()).as("a record is kept; its process starts later").isEqualTo(201);

                assertThat(get(server, "/health/readiness", null, null)).satisfies(readiness -> {
                    assertThat(readiness.statusCode()).isEqualTo(503);
                    assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
                });
                assertThat(get(server, "/health", null, null).statusCode()).isEqualTo(503);
                assertThat(get(server, "/health/liveness", null, null)).satisfies(liveness -> {
                    assertThat(liveness.statusCode()).isEqualTo(200);
                    assertThat(liveness.body()).contains("\"status\":\"UP\"");
                });

                try (TestEngine engine = TestEngine.startAt(enginePort)) {
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                            .until(() -> get(server, "/health/readiness", null, null).statusCode() == 200);
                    assertThat(get(server, "/health", null, null).body()).contains("\"status\":\"UP\"");

                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                            .until(() -> get(server, "/internal/tasks", LEAD, "IMPLEMENTATION_LEAD").body()
                                    .contains("\"kind\":\"hold-case-consultation\""));
                    assertThat(engine.startedInstances("case-consultation")).hasSize(1);
                }
            }
        }
    }

    private HttpResponse<String> get(URI server, String path, String person, String roles) throws Exception {
        return http.send(request(server, path, person, roles).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI server, String path, String person, String roles, String json) throws Exception {
        return http.send(request(server, path, person, roles).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(URI server, String path, String person, String roles) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path));
        if (person != null) {
            request.header("X-Service-Token", SERVICE_TOKEN).header("X-Actor-Id", person).header("X-Actor-Organisation", "hackney")
                    .header("X-Actor-Roles", roles);
        }
        return request;
    }
}
