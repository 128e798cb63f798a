package uk.stpartnership.uiapi.pages;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in workflow-service on a free port for page tests: each /internal/ request is answered by the test's
 * function, JSON when it succeeds and problem+json when it does not, as the real service answers (or a download).
 */
final class StandInWorkflowService implements AutoCloseable {

    /** What the stand-in answers: JSON, or another type (a CSV) with the file name it is downloaded as. */
    record Answer(int status, String json, String contentType, String disposition) {

        Answer(int status, String json) {
            this(status, json, status >= 400 ? "application/problem+json" : "application/json", null);
        }
    }

    @FunctionalInterface
    interface Answers {
        Answer answer(String method, String path, String body);
    }

    /** The first page of an empty inbox: every page's navigation counts the person's open tasks. */
    static final Answer NO_TASKS = new Answer(200, "{\"items\":[],\"page\":0,\"size\":1,\"total\":0,\"moreThanTotal\":false}");

    private final HttpServer server;

    private StandInWorkflowService(HttpServer server) {
        this.server = server;
    }

    static StandInWorkflowService start(Answers answers) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/internal/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Answer answer = answers.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body);
                byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
                if (answer.disposition() != null) {
                    exchange.getResponseHeaders().add("Content-Disposition", answer.disposition());
                }
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return new StandInWorkflowService(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For platform.workflow-service-url. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
