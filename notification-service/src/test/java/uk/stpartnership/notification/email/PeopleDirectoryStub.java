package uk.stpartnership.notification.email;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Stands in for ui-api's people directory (docs/CONTRACTS.md), which another service provides: a real HTTP
 * server with the two GET endpoints over a handful of people, checking the service token like ui-api does. It also
 * stands in for workflow-service's complaint letters: one screened response of one complaint.
 */
final class PeopleDirectoryStub implements AutoCloseable {

    record Entry(String id, String displayName, String organisation, String role) {
        String email() {
            return id + "@st-partnership.test";
        }

        String json() {
            return """
                    {"id":"%s","displayName":"%s","email":"%s","organisation":"%s","roles":["%s"]}"""
                    .formatted(id, displayName, email(), organisation, role);
        }
    }

    static final List<Entry> PEOPLE = List.of(
            new Entry("practitioner.hackney", "Sam O'Brien", "hackney", "PRACTITIONER"),
            new Entry("implementation-lead.hackney", "Ade Okafor", "hackney", "IMPLEMENTATION_LEAD"),
            new Entry("implementation-lead-2.hackney", "Beth Nowak", "hackney", "IMPLEMENTATION_LEAD"));

    static final String COMPLAINT_ID = "0b5c9f4e-3a51-4d2c-9a37-6f1f0e2a7c11";
    static final String DRAFT_ID = "6d0f3c4e-1b2a-4c5d-8e9f-0a1b2c3d4e5f";
    static final String RESPONSE_TEXT = "We looked at each of your concerns and partly uphold your complaint.";

    private final HttpServer server;
    private final String serviceToken;
    /** Every request's path and query, to count the lookups. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    private PeopleDirectoryStub(String serviceToken) throws IOException {
        this.serviceToken = serviceToken;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/people", this::handle);
        server.createContext("/internal/complaint-letters", this::letter);
        server.start();
    }

    static PeopleDirectoryStub start(String serviceToken) {
        try {
            return new PeopleDirectoryStub(serviceToken);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(query == null ? path : path + "?" + query);
        if (!serviceToken.equals(exchange.getRequestHeaders().getFirst("X-Service-Token"))) {
            answer(exchange, 401, "{\"status\":401}");
        } else if (path.equals("/internal/people") && query != null) {
            Map<String, String> parameters = Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
            answer(exchange, 200, PEOPLE.stream()
                    .filter(person -> person.role().equals(parameters.get("role")) && person.organisation().equals(parameters.get("organisation")))
                    .map(Entry::json).collect(Collectors.joining(",", "[", "]")));
        } else {
            String id = path.substring("/internal/people/".length());
            Optional<Entry> person = PEOPLE.stream().filter(entry -> entry.id().equals(id)).findFirst();
            if (person.isPresent()) {
                answer(exchange, 200, person.get().json());
            } else {
                answer(exchange, 404, "{\"status\":404}");
            }
        }
    }

    private void letter(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(query == null ? path : path + "?" + query);
        if (!serviceToken.equals(exchange.getRequestHeaders().getFirst("X-Service-Token"))) {
            answer(exchange, 401, "{\"status\":401}");
        } else if (path.equals("/internal/complaint-letters/" + COMPLAINT_ID + "/complaint-response") && ("draftId=" + DRAFT_ID).equals(query)) {
            answer(exchange, 200, """
                    {"recipients":[{"email":"alex.morgan@example.org","name":"Alex Morgan"}],"values":{"responseText":"%s"}}"""
                    .formatted(RESPONSE_TEXT));
        } else {
            answer(exchange, 404, "{\"status\":404}");
        }
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
