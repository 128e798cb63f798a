package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.trainers.AccreditedTrainers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_OWNER;
import static uk.stpartnership.workflow.TestPeople.NEWHAM_LEAD;
import static uk.stpartnership.workflow.TestPeople.PRACTITIONER;
import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;

/**
 * Accredited trainers through workflow-service's API and the seam training uses, with the workers, the real engine and
 * PostgreSQL; the test plays notification-service for the accreditation emails. Each test has trainers of its own.
 */
@MicronautTest(transactional = false)
class TrainersTest extends WorkflowServiceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Person DELIVERY_LEAD = new Person("implementation-lead.respect", "respect", "IMPLEMENTATION_LEAD");
    private static final Person DELIVERY_CHAMPION = new Person("champion.respect", "respect", "CHAMPION");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");

    @Inject
    AccreditedTrainers accreditedTrainers;

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsStored() throws Exception {
        LocalDate today = today();
        Map<String, String> bad = Map.of(
                "{\"accreditedOn\":\"" + today + "\"}", "trainerId",
                "{\"trainerId\":\"champion.hackney\",\"accreditedOn\":\"31/12/2026\"}", "accreditedOn",
                "{\"trainerId\":\"champion.hackney\",\"accreditedOn\":\"" + today.plusDays(1) + "\"}", "accreditedOn",
                "{\"trainerId\":\"champion.hackney\",\"accreditedOn\":\"" + today.minusMonths(12) + "\"}", "accreditedOn",
                "{\"trainerId\":\"nobody.anywhere\",\"accreditedOn\":\"" + today + "\"}", "trainerId",
                "{\"trainerId\":123,\"accreditedOn\":\"" + today + "\"}", "trainerId");
        for (var request : bad.entrySet()) {
            HttpResponse<String> refused = call(PROJECT_MANAGER, "POST", "/internal/trainers", request.getKey());
            assertThat(refused.statusCode()).as(request.getKey() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).as(request.getKey()).contains("\"" + request.getValue() + "\"").doesNotContain("Exception");
        }
        assertThat(resources.count("SELECT count(*) FROM workflow.trainer_accreditation WHERE trainer_id IN ('champion.hackney', 'nobody.anywhere')"))
                .isZero();
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE variables->>'trainerId' = 'champion.hackney'")).isZero();
    }

    @Test
    void whoMayRecordReadAndRenew() throws Exception {
        String body = "{\"trainerId\":\"%s\",\"accreditedOn\":\"" + today().minusMonths(1) + "\"}";
        assertThat(call(PRACTITIONER, "POST", "/internal/trainers", body.formatted("practitioner.newham")).statusCode()).isEqualTo(403);
        assertThat(call(HACKNEY_OWNER, "POST", "/internal/trainers", body.formatted("practitioner.newham")).statusCode())
                .as("a borough's implementation lead reads trainers but does not record them").isEqualTo(403);
        assertThat(call(EVALUATOR, "POST", "/internal/trainers", body.formatted("practitioner.newham")).statusCode()).isEqualTo(404);

        HttpResponse<String> own = call(PROJECT_MANAGER, "POST", "/internal/trainers", body.formatted(PRACTITIONER.id()));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        String ownId = (String) map(own).get("id");
        HttpResponse<String> other = call(DELIVERY_LEAD, "POST", "/internal/trainers", body.formatted("practitioner.newham"));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        String otherId = (String) map(other).get("id");
        assertThat(call(DELIVERY_LEAD, "POST", "/internal/trainers", body.formatted("practitioner.newham")).statusCode())
                .as("recorded already: renewed instead").isEqualTo(409);

        for (Person readsAll : List.of(PROJECT_MANAGER, HACKNEY_OWNER, DELIVERY_LEAD, DELIVERY_CHAMPION)) {
            assertThat(items(call(readsAll, "GET", "/internal/trainers?size=100", null))).extracting(t -> t.get("trainerId"))
                    .as(readsAll.id()).contains(PRACTITIONER.id(), "practitioner.newham");
            assertThat(call(readsAll, "GET", "/internal/trainers/" + otherId, null).statusCode()).isEqualTo(200);
        }
        assertThat(items(call(PRACTITIONER, "GET", "/internal/trainers?size=100", null))).extracting(t -> t.get("trainerId"))
                .as("a trainer sees their own").containsExactly(PRACTITIONER.id());
        assertThat(call(PRACTITIONER, "GET", "/internal/trainers/" + ownId, null).statusCode()).isEqualTo(200);
        assertThat(call(PRACTITIONER, "GET", "/internal/trainers/" + otherId, null).statusCode()).isEqualTo(404);
        assertThat(items(call(NEWHAM_LEAD, "GET", "/internal/trainers", null))).isEmpty();
        assertThat(call(EVALUATOR, "GET", "/internal/trainers", null).statusCode()).isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", "/internal/trainers/" + ownId, null).statusCode()).isEqualTo(404);
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/trainers/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);

        String renewal = "{\"accreditedOn\":\"" + today() + "\"}";
        assertThat(call(PRACTITIONER, "POST", "/internal/trainers/" + ownId + "/renewal", renewal).statusCode())
                .as("a trainer does not renew their own").isEqualTo(403);
        assertThat(call(PRACTITIONER, "POST", "/internal/trainers/" + otherId + "/renewal", renewal).statusCode()).isEqualTo(404);
        HttpResponse<String> tooEarly = call(PROJECT_MANAGER, "POST", "/internal/trainers/" + ownId + "/renewal",
                "{\"accreditedOn\":\"" + today().minusMonths(2) + "\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(map(tooEarly)).containsEntry("field", "accreditedOn");
        HttpResponse<String> renewed = call(PROJECT_MANAGER, "POST", "/internal/trainers/" + ownId + "/renewal", renewal);
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(map(renewed)).containsEntry("accreditedOn", today().toString()).containsEntry("status", "ACCREDITED")
                .containsEntry("lapsesOn", today().plusMonths(24).toString()).containsEntry("lapsesUndeliveredOn", today().plusMonths(12).toString());
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE message_name = 'accreditation-renewed'"
                + " AND correlation_key = (SELECT period_id::text FROM workflow.trainer_accreditation WHERE trainer_id = 'practitioner.hackney')"))
                .as("in force: its own process starts its waits again").isEqualTo(1);
    }

    @Test
    void accreditedFromItsDateUntilTheDayItLapsesAndACohortCountsOnce() throws Exception {
        String trainer = "champion.waltham-forest";
        LocalDate accredited = today().minusMonths(6);
        Map<String, Object> recorded = record(trainer, accredited);
        String id = (String) recorded.get("id");

        assertThat(accreditedTrainers.accreditedOn(trainer, accredited.minusDays(1))).isFalse();
        assertThat(accreditedTrainers.accreditedOn(trainer, accredited)).isTrue();
        assertThat(accreditedTrainers.accreditedOn(trainer, accredited.plusMonths(12).minusDays(1))).isTrue();
        assertThat(accreditedTrainers.accreditedOn(trainer, accredited.plusMonths(12))).as("a year without a cohort: the day of lapse").isFalse();
        assertThat(accreditedTrainers.accreditedOn("nobody.anywhere", today())).isFalse();

        UUID cohort = UUID.randomUUID();
        LocalDate lastDay = today().minusDays(1);
        accreditedTrainers.cohortDelivered(trainer, cohort, lastDay);
        Map<String, Object> once = map(call(PROJECT_MANAGER, "GET", "/internal/trainers/" + id, null));
        accreditedTrainers.cohortDelivered(trainer, cohort, lastDay);
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/trainers/" + id, null))).as("the same cohort again changes nothing").isEqualTo(once);
        assertThat(once).containsEntry("cohortsDelivered", 1).containsEntry("lastDeliveredOn", lastDay.toString())
                .containsEntry("lapsesUndeliveredOn", lastDay.plusMonths(12).toString())
                .containsEntry("lapsesOn", accredited.plusMonths(24).toString());
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE message_name = 'accreditation-cohort-delivered'"
                + " AND message_id LIKE '%" + cohort + "'")).isEqualTo(1);
        assertThat(accreditedTrainers.accreditedOn(trainer, lastDay.plusMonths(12).minusDays(1))).isTrue();
        assertThat(accreditedTrainers.accreditedOn(trainer, lastDay.plusMonths(12))).isFalse();
        assertThat(accreditedTrainers.accreditedOn(trainer, accredited.plusMonths(24).minusDays(1))).isFalse();

        // An earlier cohort reported late counts as delivered but moves no date.
        accreditedTrainers.cohortDelivered(trainer, UUID.randomUUID(), lastDay.minusDays(30));
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/trainers/" + id, null))).containsEntry("cohortsDelivered", 2)
                .containsEntry("lastDeliveredOn", lastDay.toString());
    }

    @Test
    void warnedThenLapsedForNoCohortThenRenewedInANewPeriod() throws Exception {
        String trainer = "implementation-lead.newham";
        LocalDate accredited = today().minusMonths(10);
        Map<String, Object> recorded = record(trainer, accredited);
        String id = (String) recorded.get("id");
        assertThat(recorded).containsEntry("status", "LAPSING_SOON").containsEntry("runsOutOn", accredited.plusMonths(12).toString());

        // Nine months on, the no-delivery warning is due already: it goes when the process starts.
        EmailJobs.Email warning = eventually(() -> email("accreditation-lapsing", id), found -> found != null);
        assertThat(warning.variables()).containsEntry("trainerName", trainer)
                .containsEntry("recipients", List.of(Map.of("person", trainer), Map.of("role", "PROJECT_MANAGER", "organisation", "respect")));
        assertThat((String) warning.variables().get("because")).contains("delivers a cohort");

        clock.moveTo(accredited.plusMonths(12).atStartOfDay(LONDON).toInstant());
        eventually(() -> map(call(PROJECT_MANAGER, "GET", "/internal/trainers/" + id, null)), t -> t.get("lapsedOn") != null);
        assertThat(map(call(PROJECT_MANAGER, "GET", "/internal/trainers/" + id, null))).containsEntry("status", "LAPSED")
                .containsEntry("lapsedBecause", "NO_COHORT_DELIVERED").containsEntry("lapsedOn", accredited.plusMonths(12).toString());
        EmailJobs.Email lapsed = eventually(() -> email("accreditation-lapsed", id), found -> found != null);
        assertThat(lapsed.variables()).containsEntry("because", "no cohort was delivered for a year")
                .containsEntry("recipients", List.of(Map.of("person", trainer), Map.of("role", "PROJECT_MANAGER", "organisation", "respect")));
        assertThat(accreditedTrainers.accreditedOn(trainer, today())).isFalse();
        accreditedTrainers.cohortDelivered(trainer, UUID.randomUUID(), today());
        assertThat(accreditedTrainers.accreditedOn(trainer, today())).as("a cohort does not restore a lapsed accreditation").isFalse();

        HttpResponse<String> renewed = call(DELIVERY_LEAD, "POST", "/internal/trainers/" + id + "/renewal", "{\"accreditedOn\":\"" + today() + "\"}");
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(map(renewed)).containsEntry("status", "ACCREDITED").containsEntry("lapsedOn", null).containsEntry("id", id);
        assertThat(accreditedTrainers.accreditedOn(trainer, today())).isTrue();
        eventually(() -> resources.engine().instancesWith("trainer-accreditation", "trainerId", trainer), instances -> instances.size() == 2);
    }

    /** The trainer's accreditation recorded by the project manager: the trainer as the answer shows them. */
    private Map<String, Object> record(String trainer, LocalDate accredited) throws Exception {
        HttpResponse<String> recorded = call(PROJECT_MANAGER, "POST", "/internal/trainers",
                "{\"trainerId\":\"" + trainer + "\",\"accreditedOn\":\"" + accredited + "\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return map(recorded);
    }

    private EmailJobs.Email email(String template, String accreditationId) {
        return emails.sent().stream().filter(email -> email.template().equals(template))
                .filter(email -> accreditationId.equals(email.variables().get("accreditationId"))).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
