package uk.stpartnership.uiapi.people;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.Api.PROBLEM_JSON;

/** The internal people directory notification-service reads, over demo data (local mode). */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleDirectoryTest implements TestPropertyProvider {

    private static final String[] SERVICE_TOKEN = {"X-Service-Token", "test-only-service-token"};

    @Inject
    EmbeddedServer server;

    @Inject
    PeopleDirectory directory;

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
    void the_directory_needs_the_service_token() {
        Api.Answer none = api.get("/internal/people?role=CHAMPION&organisation=hackney");
        Api.Answer wrong = api.get("/internal/people?role=CHAMPION&organisation=hackney", "X-Service-Token", "not-the-service-token");
        Api.Answer personsToken = api.get("/internal/people/champion.hackney",
                api.bearer("champion.hackney", "test-only-demo-password"));

        assertThat(List.of(none, wrong, personsToken)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        });
    }

    @Test
    void a_pages_usernames_become_the_names_people_know_each_other_by() {
        assertThat(directory.displayNames(Arrays.asList("practitioner.hackney", "borough-lead.newham", "someone.gone", null,
                "practitioner.hackney")))
                .as("a username the directory does not hold stands for itself")
                .containsExactlyInAnyOrderEntriesOf(Map.of("practitioner.hackney", "Practitioner, Hackney",
                        "borough-lead.newham", "Borough lead, Newham", "someone.gone", "someone.gone"));
        assertThat(directory.displayNames(List.of())).isEmpty();
    }

    @Test
    void the_people_holding_a_role_in_an_organisation() {
        Api.Answer answer = api.get("/internal/people?role=IMPLEMENTATION_LEAD&organisation=waltham-forest", SERVICE_TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.jsonList()).containsExactly(Map.of(
                "id", "implementation-lead.waltham-forest",
                "displayName", "Implementation lead, Waltham Forest",
                "email", "implementation-lead.waltham-forest@st-partnership.test",
                "organisation", "waltham-forest",
                "roles", List.of("IMPLEMENTATION_LEAD")));
        assertThat(api.get("/internal/people?role=IMPLEMENTATION_LEAD&organisation=nowhere", SERVICE_TOKEN).jsonList()).isEmpty();
    }

    @Test
    void one_person_by_username_or_404() {
        Api.Answer found = api.get("/internal/people/st-reviewer.respect", SERVICE_TOKEN);
        Api.Answer missing = api.get("/internal/people/nobody.respect", SERVICE_TOKEN);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).containsEntry("email", "st-reviewer.respect@st-partnership.test")
                .containsEntry("displayName", "S&T reviewer, Respect")
                .containsEntry("roles", List.of("ST_REVIEWER"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void an_unknown_role_is_a_400_problem() {
        Api.Answer answer = api.get("/internal/people?role=WIZARD&organisation=hackney", SERVICE_TOKEN);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json()).containsEntry("field", "role");
    }

    @Test
    void local_mode_seeds_one_person_per_role_per_organisation() {
        for (Organisation organisation : DemoPeople.ORGANISATIONS) {
            for (Role role : Role.values()) {
                assertThat(directory.holding(role.name(), organisation.id()))
                        .extracting(Person::id)
                        .containsExactly(role.name().toLowerCase().replace('_', '-') + "." + organisation.id());
            }
        }
    }
}
