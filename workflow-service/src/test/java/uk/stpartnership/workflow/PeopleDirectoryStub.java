package uk.stpartnership.workflow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import uk.stpartnership.workflow.access.Role;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stands in for ui-api's people directory (docs/CONTRACTS.md), which another service provides: a real HTTP server
 * answering GET /internal/people/{id} for the demo people (role.organisation, as in local mode), checking the
 * service token like ui-api does. Anyone else is not found.
 */
final class PeopleDirectoryStub implements AutoCloseable {

    private static final List<String> ORGANISATIONS = List.of("hackney", "waltham-forest", "newham", "tower-hamlets", "redbridge",
            "hammersmith-and-fulham", "respect");

    private final HttpServer server;
    private final String serviceToken;

    PeopleDirectoryStub(String serviceToken) {
        this.serviceToken = serviceToken;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/internal/people/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!serviceToken.equals(exchange.getRequestHeaders().getFirst("X-Service-Token"))) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        String id = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/internal/people/".length()), StandardCharsets.UTF_8);
        Optional<Role> role = demoRole(id);
        if (role.isPresent()) {
            answer(exchange, 200, """
                    {"id":"%s","displayName":"%s","email":"%s@st-partnership.test","organisation":"%s","roles":["%s"]}"""
                    .formatted(id, id, id, id.substring(id.indexOf('.') + 1), role.get().name()));
        } else {
            answer(exchange, 404, "{\"status\":404}");
        }
    }

    private static Optional<Role> demoRole(String id) {
        int dot = id.indexOf('.');
        if (dot < 0 || !ORGANISATIONS.contains(id.substring(dot + 1))) {
            return Optional.empty();
        }
        String slug = id.substring(0, dot);
        return Arrays.stream(Role.values()).filter(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(slug)).findFirst();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
