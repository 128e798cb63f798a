package uk.stpartnership.workflow.training;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training's use cases on real PostgreSQL and the real engine, through the API as ui-api calls it: a Core cohort
 * needs an accredited trainer, a full cohort puts people on its waiting list and a cancellation promotes the first,
 * who sees what, and a delivered cohort's job handed over twice completes each course and pathway once. The workers
 * are off: the test hands the jobs over.
 */
@MicronautTest(transactional = false)
class TrainingTest extends WorkflowServiceTest {

    private static final Person HACKNEY_LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person NEWHAM_LEAD = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    private static final Person DELIVERY_PARTNER = new Person("implementation-lead.respect", "respect", "IMPLEMENTATION_LEAD");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    private static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final Person CHAMPION = new Person("champion.hackney", "hackney", "CHAMPION");
    private static final String TRAINER = "st-reviewer.respect";

    @Inject
    TrainingWorkers workers;

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String cohort(String course, String borough, int capacity, String times, LocalDate... days) {
        StringBuilder json = new StringBuilder("{\"course\":\"" + course + "\",\"borough\":" + (borough == null ? "null" : "\"" + borough + "\"")
                + ",\"trainer\":\"" + TRAINER + "\",\"venue\":\"Hackney Town Hall, room 2\",\"capacity\":" + capacity + ",\"days\":[");
        String[] startEnd = times.split("-");
        for (int i = 0; i < days.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"day\":\"").append(days[i]).append("\",\"startTime\":\"").append(startEnd[0])
                    .append("\",\"endTime\":\"").append(startEnd[1]).append("\"}");
        }
        return json.append("]}").toString();
    }

    private String plan(Person person, String body) throws Exception {
        HttpResponse<String> planned = call(person, "POST", "/internal/training/cohorts", body);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return (String) map(planned).get("id");
    }

    @Test
    void aCoreCohortWithAnUnaccreditedTrainerIsRefusedNamingTheTrainerAndStoresNothing() throws Exception {
        LocalDate first = today().plusDays(30);
        long cohorts = resources.count("SELECT count(*) FROM workflow.training_cohort");
        long days = resources.count("SELECT count(*) FROM workflow.training_cohort_day");
        long outbox = resources.count("SELECT count(*) FROM workflow.engine_outbox");

        HttpResponse<String> refused = call(HACKNEY_LEAD, "POST", "/internal/training/cohorts",
                cohort("CORE", "hackney", 12, "09:30-16:30", first, first.plusDays(1), first.plusDays(2), first.plusDays(3)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"trainer\"").contains("accredited");
        assertThat(resources.count("SELECT count(*) FROM workflow.training_cohort")).isEqualTo(cohorts);
        assertThat(resources.count("SELECT count(*) FROM workflow.training_cohort_day")).isEqualTo(days);
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox")).isEqualTo(outbox);

        resources.update("INSERT INTO workflow.trainer_accreditation VALUES ('" + TRAINER + "', '" + today().minusMonths(1)
                + "', NULL, 'project-manager.respect', now()) ON CONFLICT DO NOTHING");
        plan(HACKNEY_LEAD, cohort("CORE", "hackney", 12, "09:30-16:30", first, first.plusDays(1), first.plusDays(2), first.plusDays(3)));
    }

    @Test
    void aBoroughLeadPlansOnlyTheirBoroughsCohortsAndTheDaysMustMatchTheCourse() throws Exception {
        LocalDate first = today().plusDays(20);
        assertThat(call(NEWHAM_LEAD, "POST", "/internal/training/cohorts", cohort("OVERVIEW", "hackney", 10, "09:30-16:30", first))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> twoDays = call(HACKNEY_LEAD, "POST", "/internal/training/cohorts",
                cohort("OVERVIEW", "hackney", 10, "09:30-16:30", first, first.plusDays(1)));
        assertThat(twoDays.statusCode()).isEqualTo(400);
        assertThat(twoDays.body()).contains("\"field\":\"days\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullCohortWaitlistsAndACancellationPromotesTheFirstWaitingOnce() throws Exception {
        String cohortId = plan(HACKNEY_LEAD, cohort("OVERVIEW", "hackney", 1, "09:30-16:30", today().plusDays(10)));
        String bookings = "/internal/training/cohorts/" + cohortId + "/bookings";

        Map<String, Object> place = map(call(PRACTITIONER, "POST", bookings, "{}"));
        assertThat(place).containsEntry("status", "PLACE");
        Map<String, Object> waiting = map(call(HACKNEY_LEAD, "POST", bookings, "{\"personId\":\"champion.hackney\"}"));
        assertThat(waiting).containsEntry("status", "WAITING_LIST").containsEntry("waitingPosition", 1);
        // Booked again (a double click, a retry): the same booking, nothing more.
        assertThat(map(call(CHAMPION, "POST", bookings, "{}"))).containsEntry("id", waiting.get("id"));
        assertThat(resources.count("SELECT count(*) FROM workflow.training_booking WHERE cohort_id = '" + cohortId + "'")).isEqualTo(2);
        // Someone of another borough cannot be put on a borough's cohort.
        HttpResponse<String> newham = call(DELIVERY_PARTNER, "POST", bookings, "{\"personId\":\"practitioner.newham\"}");
        assertThat(newham.statusCode()).isEqualTo(400);
        assertThat(newham.body()).contains("\"field\":\"personId\"");

        String cancel = "/internal/training/bookings/" + place.get("id") + "/cancel";
        assertThat(call(PRACTITIONER, "POST", cancel, null).statusCode()).isEqualTo(200);
        assertThat(call(PRACTITIONER, "POST", cancel, null).statusCode()).isEqualTo(200);

        assertThat(resources.count("SELECT count(*) FROM workflow.training_booking WHERE id = '" + waiting.get("id") + "' AND status = 'PLACE'"))
                .isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE message_name = 'training-place-offered' AND correlation_key = '"
                + waiting.get("id") + "'")).isEqualTo(1);
        // The promoted person is told, then invited to the day.
        eventually(() -> emails.count("training-place-offered", "bookingId", waiting.get("id")), n -> n == 1);
        String dayId = (String) ((List<Map<String, Object>>) map(call(HACKNEY_LEAD, "GET", "/internal/training/cohorts/" + cohortId, null))
                .get("days")).get(0).get("id");
        // One invitation went to the person who cancelled, before they did; one goes to the person promoted.
        eventually(() -> emails.count("training-day-invitation", "cohortDayId", dayId), n -> n == 2);
    }

    @Test
    void aBoroughSeesItsOwnTheDeliveryPartnerSeesAllAndEvaluatorsSeeNoOnesBooking() throws Exception {
        String cohortId = plan(HACKNEY_LEAD, cohort("OVERVIEW", "hackney", 5, "09:30-16:30", today().plusDays(12)));
        call(PRACTITIONER, "POST", "/internal/training/cohorts/" + cohortId + "/bookings", "{}");
        call(CHAMPION, "POST", "/internal/training/cohorts/" + cohortId + "/bookings", "{}");
        String path = "/internal/training/cohorts/" + cohortId;

        assertThat(call(NEWHAM_LEAD, "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", "/internal/training/people/practitioner.hackney/record", null).statusCode()).isEqualTo(404);
        assertThat(call(NEWHAM_LEAD, "GET", "/internal/training/people/practitioner.hackney/record", null).statusCode()).isEqualTo(404);
        assertThat(bookingsSeen(DELIVERY_PARTNER, path)).containsExactly("practitioner.hackney", "champion.hackney");
        assertThat(bookingsSeen(HACKNEY_LEAD, path)).containsExactly("practitioner.hackney", "champion.hackney");
        assertThat(bookingsSeen(PRACTITIONER, path)).containsExactly("practitioner.hackney");
        assertThat(items(call(NEWHAM_LEAD, "GET", "/internal/training/cohorts?size=100", null)))
                .noneMatch(c -> cohortId.equals(c.get("id")));
        assertThat(items(call(DELIVERY_PARTNER, "GET", "/internal/training/cohorts?size=100", null)))
                .anyMatch(c -> cohortId.equals(c.get("id")));
    }

    @SuppressWarnings("unchecked")
    private List<Object> bookingsSeen(Person person, String path) throws Exception {
        HttpResponse<String> seen = call(person, "GET", path, null);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) ((Map<String, Object>) map(seen).get("bookings")).get("items")).stream()
                .map(b -> b.get("personId")).toList();
    }

    @Test
    void aDeliveredCohortsJobHandedOverTwiceCompletesTheCourseAndThePathwayOnce() throws Exception {
        // A day already over (it ended at 00:01): its timer fires at once, and the day's attendance may be recorded.
        String cohortId = plan(DELIVERY_PARTNER, cohort("OVERVIEW", null, 5, "00:00-00:01", today()));
        call(PRACTITIONER, "POST", "/internal/training/cohorts/" + cohortId + "/bookings", "{}");
        call(CHAMPION, "POST", "/internal/training/cohorts/" + cohortId + "/bookings", "{}");
        HttpResponse<String> recorded = call(TRAINER_PERSON, "POST", "/internal/training/cohorts/" + cohortId + "/days/1/attendance",
                "{\"attended\":[\"practitioner.hackney\"]}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);

        ActivatedJob delivered = eventually(() -> resources.engine().activateJobs("training-cohort-delivered"), jobs -> !jobs.isEmpty()).get(0);
        workers.cohortDelivered(delivered);
        workers.cohortDelivered(delivered);

        assertThat(resources.count("SELECT count(*) FROM workflow.training_completion WHERE cohort_id = '" + cohortId + "'")).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.training_cohort WHERE id = '" + cohortId + "' AND delivered_on IS NOT NULL"))
                .isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.trainer_delivery WHERE cohort_id = '" + cohortId + "'")).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE message_name = 'training-pathway-completed'"
                + " AND correlation_key = 'PRACTITIONER/practitioner.hackney' AND message_id = 'PRACTITIONER/practitioner.hackney'")).isEqualTo(1);
        // The champion missed the day: the course is not complete for them.
        assertThat(map(call(CHAMPION, "GET", "/internal/training/people/champion.hackney/record", null)).toString())
                .contains("pathway=PRACTITIONER, complete=false");
        assertThat(map(call(HACKNEY_LEAD, "GET", "/internal/training/people/practitioner.hackney/record", null)).toString())
                .contains("pathway=PRACTITIONER, complete=true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDaysInvitationIsTheDayAsAnICalendarEventAndTheWaitingListLetterGivesTheTurn() throws Exception {
        LocalDate day = today().plusDays(15);
        String cohortId = plan(HACKNEY_LEAD, cohort("OVERVIEW", "hackney", 1, "09:30-16:30", day));
        call(PRACTITIONER, "POST", "/internal/training/cohorts/" + cohortId + "/bookings", "{}");
        String waiting = (String) map(call(CHAMPION, "POST", "/internal/training/cohorts/" + cohortId + "/bookings", "{}")).get("id");
        String dayId = (String) ((List<Map<String, Object>>) map(call(HACKNEY_LEAD, "GET", "/internal/training/cohorts/" + cohortId, null))
                .get("days")).get(0).get("id");

        Map<String, Object> invitation = (Map<String, Object>) letterOf("cohortDay/" + dayId + "/training-day-invitation").get("values");
        String ics = (String) invitation.get("icalendar");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        // Unfolded: a line longer than 75 octets goes on in the next, after CRLF and a space.
        assertThat(ics.replace("\r\n ", "")).contains("METHOD:REQUEST", "UID:" + dayId + "@st-partnership.test",
                "SUMMARY:Safe & Together training: Overview: day 1 of 1", "LOCATION:Hackney Town Hall\\, room 2",
                "ORGANIZER;CN=\"" + TRAINER + "\":mailto:" + TRAINER + "@st-partnership.test");
        assertThat(invitation).containsEntry("dayTitle", "Overview: day 1 of 1").containsEntry("place", "Hackney Town Hall, room 2");
        assertThat((String) invitation.get("when")).endsWith(", 09:30 to 16:30");
        assertThat((Map<String, Object>) letterOf("booking/" + waiting + "/training-waitlisted").get("values"))
                .containsEntry("waitingPosition", "1").containsEntry("courseName", "Overview");
    }

    /** As notification-service asks for a letter: the service token, no person. */
    private Map<String, Object> letterOf(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/internal/letters/" + path))
                        .header("X-Service-Token", WorkflowServiceTestResources.SERVICE_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return map(answer);
    }

    private static final Person TRAINER_PERSON = new Person(TRAINER, "respect", "ST_REVIEWER");

    @Test
    void anElearningCourseIsCompletedWhenItsCompletionIsRecorded() throws Exception {
        String body = "{\"personId\":\"champion.hackney\",\"course\":\"SUPERVISORS\",\"completedOn\":\"" + today() + "\"}";
        assertThat(call(NEWHAM_LEAD, "POST", "/internal/training/completions", body).statusCode()).isEqualTo(403);
        HttpResponse<String> classroom = call(HACKNEY_LEAD, "POST", "/internal/training/completions",
                "{\"personId\":\"champion.hackney\",\"course\":\"CORE\",\"completedOn\":\"" + today() + "\"}");
        assertThat(classroom.statusCode()).isEqualTo(400);
        assertThat(classroom.body()).contains("\"field\":\"course\"");

        HttpResponse<String> recorded = call(HACKNEY_LEAD, "POST", "/internal/training/completions", body);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/training/completions", body).statusCode()).isEqualTo(200);
        assertThat(resources.count("SELECT count(*) FROM workflow.training_completion WHERE person_id = 'champion.hackney' AND course = 'SUPERVISORS'"))
                .isEqualTo(1);
    }
}
