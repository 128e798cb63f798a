package uk.stpartnership.engine.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.engine.Engine;
import uk.stpartnership.engine.api.EngineRejection;
import uk.stpartnership.engine.api.Operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The operations view over HTTP, for a single-server operator (what Operate shows): instances by model and state, an
 * instance's active elements and history, open incidents (which can be retried), and variables the model does not mark
 * sensitive. Every request needs the platform's service token.
 */
public final class OperationsHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsHttp.class);
    static final String SERVICE_TOKEN_HEADER = "X-Service-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));

    private final Engine engine;
    private final Predicate<String> serviceToken;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ops-http-", 0).factory());

    private OperationsHttp(Engine engine, InetSocketAddress bind, Predicate<String> serviceToken) throws IOException {
        this.engine = engine;
        this.serviceToken = serviceToken;
        this.server = HttpServer.create(bind, 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** @param serviceToken accepts the token presented in X-Service-Token or as Authorization: Bearer */
    public static OperationsHttp start(Engine engine, InetSocketAddress bind, Predicate<String> serviceToken) {
        try {
            OperationsHttp http = new OperationsHttp(engine, bind, serviceToken);
            http.server.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bind the operations HTTP API to " + bind, e);
        }
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = authorised(exchange) ? route(exchange) : Answer.problem(401, "Unauthorized",
                        "The operations API needs the service token (" + SERVICE_TOKEN_HEADER + " or Authorization: Bearer)", null);
            } catch (BadRequest e) {
                answer = Answer.problem(400, "Bad Request", e.getMessage(), e.field);
            } catch (EngineRejection e) {
                answer = rejection(e);
            } catch (RuntimeException e) {
                LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
                answer = Answer.problem(500, "Internal Server Error", "The engine's log has the details", null);
            }
            send(exchange, answer);
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst(SERVICE_TOKEN_HEADER);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (token == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = authorization.substring(7).trim();
        }
        return token != null && serviceToken.test(token);
    }

    private Answer route(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String[] path = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/+");
        Query query = Query.parse(exchange.getRequestURI().getRawQuery());
        Operations operations = engine.operations();
        if (path.length == 1 && path[0].equals("instances")) {
            return get(method, () -> {
                query.allowOnly("bpmnProcessId", "state", "page", "size");
                String state = query.state();
                int page = query.page();
                int size = query.size();
                return Answer.json(200, page(operations.instances(query.text("bpmnProcessId"), state, page, size), page, size));
            });
        }
        if (path.length == 2 && path[0].equals("instances")) {
            return get(method, () -> {
                query.allowOnly();
                long key = key(path[1]);
                Operations.InstanceSummary instance = operations.instance(key).orElseThrow(() -> unknownInstance(key));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("instance", instance);
                body.put("activeElements", operations.activeElements(key));
                body.put("journal", operations.journal(key).stream().map(JournalView::of).toList());
                return Answer.json(200, body);
            });
        }
        if (path.length == 3 && path[0].equals("instances") && path[2].equals("variables")) {
            return get(method, () -> {
                query.allowOnly();
                long key = key(path[1]);
                operations.instance(key).orElseThrow(() -> unknownInstance(key));
                return Answer.json(200, operations.variables(key));
            });
        }
        if (path.length == 1 && path[0].equals("incidents")) {
            return get(method, () -> {
                query.allowOnly("page", "size");
                int page = query.page();
                int size = query.size();
                return Answer.json(200, page(operations.openIncidents(page, size), page, size));
            });
        }
        if (path.length == 3 && path[0].equals("incidents") && path[2].equals("resolve")) {
            if (!method.equals("POST")) {
                return Answer.notAllowed("POST");
            }
            query.allowOnly();
            engine.resolveIncident(key(path[1]));
            return new Answer(204, null, null);
        }
        return Answer.problem(404, "Not Found", "No such resource: " + exchange.getRequestURI().getPath(), null);
    }

    private static Answer get(String method, Supplier<Answer> read) {
        return method.equals("GET") ? read.get() : Answer.notAllowed("GET");
    }

    private static Map<String, Object> page(Object items, int page, int size) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("page", page);
        body.put("size", size);
        return body;
    }

    private static long key(String segment) {
        try {
            long key = Long.parseLong(segment);
            if (key > 0) {
                return key;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadRequest("key", "key: must be a positive whole number");
    }

    private static EngineRejection unknownInstance(long key) {
        return EngineRejection.notFound("No process instance with key " + key);
    }

    private static Answer rejection(EngineRejection e) {
        return switch (e.kind()) {
            case NOT_FOUND -> Answer.problem(404, "Not Found", e.getMessage(), null);
            case FAILED_PRECONDITION, ALREADY_EXISTS -> Answer.problem(409, "Conflict", e.getMessage(), null);
            case INVALID_ARGUMENT -> Answer.problem(400, "Bad Request", e.getMessage(), null);
        };
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Answer(int status, String contentType, Object body, Map<String, String> headers) {

        Answer(int status, String contentType, Object body) {
            this(status, contentType, body, Map.of());
        }

        static Answer json(int status, Object body) {
            return new Answer(status, "application/json", body);
        }

        /** RFC 9457, as the services answer; {@code field} names the offending input. */
        static Answer problem(int status, String title, String detail, String field) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", detail);
            if (field != null) {
                problem.put("field", field);
            }
            return new Answer(status, "application/problem+json", problem);
        }

        static Answer notAllowed(String allowed) {
            Answer problem = problem(405, "Method Not Allowed", "Use " + allowed, null);
            return new Answer(405, problem.contentType(), problem.body(), Map.of("Allow", allowed));
        }
    }
}
