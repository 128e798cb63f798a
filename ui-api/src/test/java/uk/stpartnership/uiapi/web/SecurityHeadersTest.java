package uk.stpartnership.uiapi.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer, a token, an error or a record, carries the headers that keep browsers and caches from leaking it. */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest implements TestPropertyProvider {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabases.local();
    }

    @Test
    void a_token_a_person_errors_and_the_openapi_document_all_carry_the_security_headers() throws Exception {
        String token = (String) new Api(server.getURI()).post("/api/sign-in",
                "{\"username\":\"complaints-officer.hackney\",\"password\":\"test-only-demo-password\"}").json().get("access_token");

        Map<String, HttpResponse<String>> answers = Map.of(
                "token", send(HttpRequest.newBuilder(server.getURI().resolve("/api/sign-in"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"complaints-officer.hackney\",\"password\":\"test-only-demo-password\"}"))),
                "person", send(HttpRequest.newBuilder(server.getURI().resolve("/api/me")).header("Authorization", "Bearer " + token)),
                "401", send(HttpRequest.newBuilder(server.getURI().resolve("/api/me"))),
                "400", send(HttpRequest.newBuilder(server.getURI().resolve("/api/sign-in"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))),
                "health", send(HttpRequest.newBuilder(server.getURI().resolve("/health"))),
                "openapi", send(HttpRequest.newBuilder(server.getURI().resolve("/swagger/ui-api.yml"))));

        assertThat(answers.get("token").statusCode()).isEqualTo(200);
        assertThat(answers.get("person").statusCode()).isEqualTo(200);
        answers.forEach((what, answer) -> {
            HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
            assertThat(headers.firstValue("Cache-Control")).as(what).hasValue("no-store");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(what + ": local mode is plain HTTP").isEmpty();
        });
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
