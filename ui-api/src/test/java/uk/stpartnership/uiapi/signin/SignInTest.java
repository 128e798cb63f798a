package uk.stpartnership.uiapi.signin;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.Api.PROBLEM_JSON;

@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabases.local();
    }

    @BeforeEach
    void api() {
        api = new Api(server.getURI());
    }

    @Test
    void a_demo_person_signs_in_and_gets_a_bearer_token_naming_them_their_roles_and_organisation() throws IOException {
        Api.Answer answer = api.post("/api/sign-in", "{\"username\":\"implementation-lead.hackney\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> token = answer.json();
        assertThat(token).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
        String payload = new String(Base64.getUrlDecoder().decode(((String) token.get("access_token")).split("\\.")[1]),
                StandardCharsets.UTF_8);
        Map<String, Object> claims = JsonMapper.createDefault().readValue(payload, Argument.mapOf(String.class, Object.class));
        assertThat(claims).containsEntry("sub", "implementation-lead.hackney")
                .containsEntry("organisation", "hackney")
                .containsEntry("name", "Implementation lead, Hackney")
                .containsKey("exp");
        assertThat(claims.get("roles")).asList().containsExactly("IMPLEMENTATION_LEAD");
    }

    @Test
    void a_wrong_password_and_an_unknown_username_get_the_same_401_problem() {
        Api.Answer wrongPassword = api.post("/api/sign-in", "{\"username\":\"champion.newham\",\"password\":\"not-the-password\"}");
        Api.Answer unknownPerson = api.post("/api/sign-in", "{\"username\":\"nobody.newham\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith(PROBLEM_JSON);
        assertThat(wrongPassword.json()).containsEntry("status", 401).containsEntry("detail", "Unknown username or wrong password");
        assertThat(unknownPerson.status()).isEqualTo(401);
        assertThat(unknownPerson.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void sign_in_without_a_username_is_a_400_problem_naming_the_field() {
        Api.Answer answer = api.post("/api/sign-in", "{\"password\":\"" + PASSWORD + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("field", "username");
    }

    @Test
    void the_api_answers_401_without_a_token_or_with_a_forged_one() {
        Api.Answer noToken = api.get("/api/me");
        Api.Answer forged = api.get("/api/me", "Authorization",
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldmFsdWF0b3IucmVzcGVjdCJ9.c2lnbmVkLWJ5LXNvbWVvbmUtZWxzZQ");

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void me_shows_the_signed_in_person_with_their_roles_and_organisation() {
        Api.Answer answer = api.get("/api/me", api.bearer("complaints-officer.tower-hamlets", PASSWORD));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(Map.of(
                "id", "complaints-officer.tower-hamlets",
                "name", "Complaints officer, Tower Hamlets",
                "organisation", "tower-hamlets",
                "roles", List.of("COMPLAINTS_OFFICER")));
    }

    @Test
    void health_and_the_openapi_document_need_no_sign_in() {
        Api.Answer health = api.get("/health");
        Api.Answer openApi = api.get("/swagger/ui-api.yml");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("title: S&T Partnership Platform API", "/api/sign-in", "/api/tasks/{key}/complete",
                "/api/consultations/monthly", "/api/meeting-series/{id}/close", "/api/meetings/{id}/agenda-items", "/api/decisions",
                "/api/actions", "/api/steering/overview", "- Complaints", "/api/complaints/sla", "/api/complaints/{id}/audit",
                "scheme: bearer");
    }
}
