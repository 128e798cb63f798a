package uk.stpartnership.uiapi;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Calls a running ui-api over real HTTP, as the web UI and the other services do. */
public final class Api {

    public record Answer(int status, String contentType, String body) {

        public Map<String, Object> json() {
            return parse(Argument.mapOf(String.class, Object.class));
        }

        public List<Map<String, Object>> jsonList() {
            return parse(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        }

        private <T> T parse(Argument<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    public Answer post(String path, String json, String... headers) {
        return withJson("POST", path, json, headers);
    }

    public Answer put(String path, String json, String... headers) {
        return withJson("PUT", path, json, headers);
    }

    /** Signs in and gives the header pair that carries the bearer token. */
    public String[] bearer(String username, String password) {
        Answer answer = post("/api/sign-in", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("Sign-in failed: " + answer);
        }
        return new String[] {"Authorization", "Bearer " + answer.json().get("access_token")};
    }

    private Answer withJson(String method, String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    private static Answer send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
