package uk.stpartnership.launcher;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person using the platform's API over HTTP, as curl would. */
final class PlatformClient {

    record Answer(int status, String contentType, String body) {
        Map<String, Object> json() {
            try {
                return JSON.readValue(body, new TypeReference<>() {
                });
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI api;
    private final String username;
    private final String token;

    private PlatformClient(URI api, String username, String token) {
        this.api = api;
        this.username = username;
        this.token = token;
    }

    static PlatformClient signIn(URI api, String username) {
        Answer answer = send(api, null, "POST", "/api/sign-in",
                "{\"username\":\"" + username + "\",\"password\":\"" + DemoAccounts.DEMO_PASSWORD + "\"}");
        if (answer.status() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + answer);
        }
        return new PlatformClient(api, username, (String) answer.json().get("access_token"));
    }

    /** The bearer token the person signed in with. */
    String token() {
        return token;
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError("Not writable as JSON: " + value, e);
        }
    }

    /** Who signed in: the id the platform records them by (in audit trails, as a task's assignee). */
    String username() {
        return username;
    }

    Answer get(String path) {
        return send(api, token, "GET", path, null);
    }

    Answer post(String path, String json) {
        return send(api, token, "POST", path, json);
    }

    Answer put(String path, String json) {
        return send(api, token, "PUT", path, json);
    }

    /** My open tasks (the first hundred) as my inbox lists them: offered to my roles in my organisation, or mine. */
    List<Map<String, Object>> tasks() {
        return get("/api/tasks?size=100").items();
    }

    /** My open task of this kind (its form, e.g. "respond-stage1") on this record (a case or complaint reference), if I have one. */
    Optional<Map<String, Object>> task(String kind, String businessReference) {
        return tasks().stream().filter(task -> kind.equals(task.get("kind")) && businessReference.equals(task.get("businessReference")))
                .findFirst();
    }

    static Answer send(URI api, String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }
}
