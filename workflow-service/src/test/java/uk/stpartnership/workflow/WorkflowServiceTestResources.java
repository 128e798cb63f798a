package uk.stpartnership.workflow;

import uk.stpartnership.testsupport.PeopleDirectoryStub;
import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.testsupport.TestPostgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Real PostgreSQL and the real engine for one test class, ui-api's people directory as a stand-in server, and calls
 * to the service as ui-api makes them.
 */
public final class WorkflowServiceTestResources {

    public static final String SERVICE_TOKEN = "test-service-token-0123456789";

    private final TestPostgres.Database database = TestPostgres.newDatabase();
    private final TestEngine engine = TestEngine.start();
    /** The demo people of local mode, one for every role in every organisation: role.organisation. */
    private static final List<String> ORGANISATIONS = List.of("hackney", "waltham-forest", "newham", "tower-hamlets", "redbridge",
            "hammersmith-and-fulham", "respect");
    private final PeopleDirectoryStub people = PeopleDirectoryStub.start(SERVICE_TOKEN, ORGANISATIONS.stream()
            .flatMap(organisation -> Arrays.stream(Role.values()).map(role -> {
                String id = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + organisation;
                return new PeopleDirectoryStub.Entry(id, id, organisation, role.name());
            })).toList());
    private final HttpClient http = HttpClient.newHttpClient();

    public Map<String, String> properties(boolean workersEnabled) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("zeebe.grpc-address", engine.grpcAddress());
        properties.put("zeebe.worker.enabled", Boolean.toString(workersEnabled));
        // A job that fails for a passing reason is retried within a second, not ten.
        properties.put("zeebe.worker.retry-backoff", "500ms");
        properties.put("platform.service-token", SERVICE_TOKEN);
        properties.put("ui-api.url", people.url());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    public TestEngine engine() {
        return engine;
    }

    /** Stops the engine and the people directory. */
    public void close() {
        engine.close();
        people.close();
    }

    /** A change straight to the database, outside the service (what a crash would have left). */
    public void update(String sql) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            c.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count straight from the database, outside the service. */
    /** Waits until the outbox has sent what was committed: it sends after the commit, on a thread of its own. */
    public void awaitOutboxSent() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("SELECT count(*) FROM workflow.engine_outbox WHERE sent_at IS NULL") == 0);
    }

    public long count(String sql) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Person(String id, String organisation, String roles) {
    }

    public HttpResponse<String> call(URI server, Person person, String method, String path, String jsonBody) {
        return callWithContentType(server, person, method, path, "application/json", jsonBody);
    }

    public HttpResponse<String> callWithContentType(URI server, Person person, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header("X-Service-Token", SERVICE_TOKEN)
                .header("X-Actor-Id", person.id())
                .header("X-Actor-Organisation", person.organisation())
                .header("X-Actor-Roles", person.roles())
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
