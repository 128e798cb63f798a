package uk.stpartnership.uiapi.pages;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training's pages against a stand-in workflow-service that answers as the real one does: a cohort with its places
 * and waiting list, a cohort refused with errors on two inputs, a cohort the person may not see. The browser journey is
 * TrainingPagesJourneyIT in the local launcher.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingPagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final String COHORT = "7b0c5a52-31a4-4b8e-9a53-2f0b6a1d6c11";
    private static final String COHORT_JSON = """
            {"id":"%1$s","course":"OVERVIEW","courseName":"Overview","borough":"hackney","trainerId":"st-reviewer.respect",
             "venue":"Hackney Town Hall","onlineLink":null,"capacity":1,"firstDay":"2030-03-05","lastDay":"2030-03-05","deliveredOn":null,
             "days":[{"id":"d-1","cohortId":"%1$s","dayNumber":1,"day":"2030-03-05","startsAt":"09:30:00","endsAt":"16:30:00"}],
             "placesTaken":1,"waiting":1,
             "bookings":{"items":[
               {"id":"b-1","cohortId":"%1$s","personId":"practitioner.hackney","borough":"hackney","status":"PLACE","waitingPosition":null,"bookedAt":"2030-01-01T10:00:00Z"},
               {"id":"b-2","cohortId":"%1$s","personId":"champion.hackney","borough":"hackney","status":"WAITING_LIST","waitingPosition":1,"bookedAt":"2030-01-01T11:00:00Z"}],
              "page":0,"size":20,"total":2}}""".formatted(COHORT);
    private static final String REFUSED = """
            {"title":"Bad Request","status":400,"detail":"The request is not valid","field":"days[1].day","errors":[
              {"field":"days[1].day","detail":"must be after the day before it"},
              {"field":"trainer","detail":"must be an accredited trainer on the first day to lead Core"}]}""";

    private final StandInWorkflowService workflowService = StandInWorkflowService.start(TrainingPagesTest::answer);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.localWithoutWorkflowService());
        properties.put("platform.workflow-service-url", workflowService.url());
        return properties;
    }

    @AfterAll
    void stop() {
        workflowService.close();
    }

    private static StandInWorkflowService.Answer answer(String method, String path, String body) {
        if (path.equals("/internal/tasks")) {
            return StandInWorkflowService.NO_TASKS;
        } else if (path.equals("/internal/training/courses")) {
            return new StandInWorkflowService.Answer(200, "[{\"code\":\"OVERVIEW\",\"name\":\"Overview\",\"days\":1,\"delivery\":\"CLASSROOM\"},"
                    + "{\"code\":\"CORE\",\"name\":\"Core\",\"days\":4,\"delivery\":\"CLASSROOM\"},"
                    + "{\"code\":\"SUPERVISORS\",\"name\":\"Supervisors\",\"days\":0,\"delivery\":\"E_LEARNING\"}]");
        } else if (path.equals("/internal/training/cohorts/" + COHORT)) {
            return new StandInWorkflowService.Answer(200, COHORT_JSON);
        } else if (path.equals("/internal/training/cohorts") && method.equals("POST")) {
            return new StandInWorkflowService.Answer(400, REFUSED);
        }
        return new StandInWorkflowService.Answer(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Cohort not found\"}");
    }

    @Test
    void a_cohort_shows_its_places_and_its_waiting_list_in_order_with_the_leads_booking_form() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("implementation-lead.hackney", PASSWORD);

        HttpResponse<String> page = client.get("/training/cohorts/" + COHORT, session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Overview: ", "1 of 1 taken", "1 person waiting", "Place confirmed", "Waiting list, number 1",
                "Who is the place for?", "action=\"/training/bookings/b-2/cancel\"", "Hackney Town Hall");
        assertThat(page.body().indexOf("Place confirmed")).isLessThan(page.body().indexOf("Waiting list, number 1"));
    }

    @Test
    void a_refused_cohort_comes_back_with_each_error_on_its_input_and_the_answers_kept() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/training/cohorts/new", session).body());

        Map<String, String> form = new HashMap<>(Map.of("csrf", csrf, "course", "CORE", "borough", "hackney",
                "trainer", "st-reviewer.hackney", "venue", "Hackney Town Hall", "capacity", "12"));
        form.putAll(Map.of("day1-day", "5", "day1-month", "3", "day1-year", "2030", "day2-day", "4", "day2-month", "3", "day2-year", "2030"));
        HttpResponse<String> refused = client.post("/training/cohorts/new", form, session);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#trainer\"", "href=\"#day2-day\"",
                "The trainer must be an accredited trainer on the first day to lead Core", "The date of day 2 must be after the day before it",
                "value=\"st-reviewer.hackney\"").doesNotContain("Exception");
    }

    @Test
    void a_cohort_the_person_may_not_see_is_the_not_found_page() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("implementation-lead.newham", PASSWORD);

        HttpResponse<String> page = client.get("/training/cohorts/2b1c5a52-31a4-4b8e-9a53-2f0b6a1d6c11", session);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }
}
