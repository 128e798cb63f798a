package uk.stpartnership.workflow;

import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.testsupport.TestPostgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Real PostgreSQL and the real engine for one test class, and calls to the service as ui-api makes them. */
public final class WorkflowServiceTestResources {

    public static final String SERVICE_TOKEN = "test-service-token-0123456789";

    private final TestPostgres.Database database = TestPostgres.newDatabase();
    private final TestEngine engine = TestEngine.start();
    private final HttpClient http = HttpClient.newHttpClient();

    public Map<String, String> properties(boolean workersEnabled) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("zeebe.grpc-address", engine.grpcAddress());
        properties.put("zeebe.worker.enabled", Boolean.toString(workersEnabled));
        // A job that fails because its record is not committed yet is retried within a second, not ten.
        properties.put("zeebe.worker.retry-backoff", "500ms");
        properties.put("platform.service-token", SERVICE_TOKEN);
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    public TestEngine engine() {
        return engine;
    }

    /** A count straight from the database, outside the service. */
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
