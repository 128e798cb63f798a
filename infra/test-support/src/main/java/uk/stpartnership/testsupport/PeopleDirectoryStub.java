package uk.stpartnership.testsupport;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Stands in for ui-api's people directory (docs/CONTRACTS.md) in another service's tests: a real HTTP server with
 * the two GET endpoints over the people a test names, checking the service token like ui-api does. It can also
 * stand in for workflow-service's letters (GET /internal/letters/...), each a canned answer.
 */
public final class PeopleDirectoryStub implements AutoCloseable {

    /** A person in the directory, with one role. */
    public record Entry(String id, String displayName, String organisation, String role) {
        public String email() {
            return id + "@st-partnership.test";
        }

        String json() {
            return """
                    {"id":"%s","displayName":"%s","email":"%s","organisation":"%s","roles":["%s"]}"""
                    .formatted(id, displayName, email(), organisation, role);
        }
    }

    private final List<Entry> people;
    private final Map<String, String> letters = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final String serviceToken;
    /** Every request's path and query, to count the lookups. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    private PeopleDirectoryStub(String serviceToken, List<Entry> people) throws IOException {
        this.serviceToken = serviceToken;
        this.people = List.copyOf(people);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/people", this::handle);
        server.createContext("/internal/letters", this::letter);
        server.start();
    }

    public static PeopleDirectoryStub start(String serviceToken, List<Entry> people) {
        try {
            return new PeopleDirectoryStub(serviceToken, people);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
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
            answer(exchange, 200, people.stream()
                    .filter(person -> person.role().equals(parameters.get("role")) && person.organisation().equals(parameters.get("organisation")))
                    .map(Entry::json).collect(Collectors.joining(",", "[", "]")));
        } else {
            String id = path.substring("/internal/people/".length());
            Optional<Entry> person = people.stream().filter(entry -> entry.id().equals(id)).findFirst();
            if (person.isPresent()) {
                answer(exchange, 200, person.get().json());
            } else {
                answer(exchange, 404, "{\"status\":404}");
            }
        }
    }

    /** Answers GET {@code pathAndQuery} (e.g. /internal/letters/complaint/{id}/complaint-response?draftId=…) with this letter. */
    public PeopleDirectoryStub withLetter(String pathAndQuery, String json) {
        letters.put(pathAndQuery, json);
        return this;
    }

    private void letter(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String pathAndQuery = query == null ? path : path + "?" + query;
        requests.add(pathAndQuery);
        if (!serviceToken.equals(exchange.getRequestHeaders().getFirst("X-Service-Token"))) {
            answer(exchange, 401, "{\"status\":401}");
        } else if (letters.containsKey(pathAndQuery)) {
            answer(exchange, 200, letters.get(pathAndQuery));
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
