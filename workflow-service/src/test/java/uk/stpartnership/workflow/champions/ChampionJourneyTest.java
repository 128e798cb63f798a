package uk.stpartnership.workflow.champions;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.tasks.UserTaskWorker;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A champion from nomination to succession on real PostgreSQL and the real engine. The workers are not opened: the
 * test hands each real job to its worker, twice where a redelivery must change nothing.
 */
@MicronautTest(transactional = false)
class ChampionJourneyTest extends WorkflowServiceTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person CANDIDATE = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    private static final Person MANAGER = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person NEWHAM_LEAD = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    private static final Person DELIVERY_PARTNER = new Person("finance-manager.respect", "respect", "FINANCE_MANAGER");
    private static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");

    @Inject
    UserTaskWorker userTaskWorker;
    @Inject
    ChampionWorkers workers;

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    void aNominatedPractitionerBecomesAnActiveChampionLeavesAndTheirTeamIsFlaggedWithASuccessionTask() throws Exception {
        String teamId = addTeam("Assessment team " + UUID.randomUUID());
        assertThat(coverageOf(LEAD, teamId)).containsEntry("activeChampions", 0).containsEntry("flagged", true);

        HttpResponse<String> nominated = call(LEAD, "POST", "/internal/champions/nominations", nomination(CANDIDATE.id(), teamId));
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        String nominationId = (String) map(nominated).get("id");
        assertThat(map(nominated)).containsEntry("status", "AWAITING_CANDIDATE").containsEntry("route", "NOMINATION");

        completeTask(CANDIDATE, "{\"interested\":true}");
        // Another test's nomination may be waiting for its dates too: this one's.
        ActivatedJob dates = eventually(() -> resources.engine().activateJobs("champion-manager-dates"),
                jobs -> jobs.stream().anyMatch(j -> nominationId.equals(j.getVariablesAsMap().get("nominationId")))).stream()
                .filter(j -> nominationId.equals(j.getVariablesAsMap().get("nominationId"))).findFirst().orElseThrow();
        assertThat(workers.managerDates(dates)).containsKeys("managerReminderAt", "managerEscalationAt", "managerDueDate");
        resources.engine().client().newCompleteCommand(dates).variables(workers.managerDates(dates)).send().join();
        completeTask(MANAGER, "{\"releaseAgreed\":true}");
        assertThat(statusOf(nominationId)).isEqualTo("AGREED");

        ActivatedJob start = onlyJob("start-champion");
        workers.startChampion(start);
        workers.startChampion(start);
        complete(start, Map.of());
        assertThat(resources.count("SELECT count(*) FROM workflow.champion WHERE nomination_id = '" + nominationId + "'")).isEqualTo(1);
        String championId = championIdOf();

        // The training feature's message, then the agreement signed by both.
        resources.engine().client().newPublishMessageCommand().messageName("training-pathway-completed")
                .correlationKey("CHAMPION/" + CANDIDATE.id()).timeToLive(Duration.ofDays(1)).send().join();
        ActivatedJob trained = eventuallyOneJob("champion-stage");
        workers.stage(trained);
        complete(trained, Map.of());
        List<ActivatedJob> signatures = eventually(() -> resources.engine().activateJobs(USER_TASK), jobs -> jobs.size() == 2);
        signatures.forEach(userTaskWorker::record);
        completeTask(CANDIDATE, "{\"signed\":true}");
        assertThat(completeTaskAnswer(MANAGER, "{\"signed\":false}").statusCode()).isEqualTo(400);
        completeTask(MANAGER, "{\"signed\":true}");
        ActivatedJob active = eventuallyOneJob("champion-stage");
        workers.stage(active);
        workers.stage(active);
        complete(active, Map.of());

        Map<String, Object> champion = map(call(LEAD, "GET", "/internal/champions/" + championId, null));
        assertThat(champion).containsEntry("status", "ACTIVE").containsEntry("signedByManager", MANAGER.id())
                .containsEntry("activeFrom", today().toString());
        assertThat(champion.get("signedByChampionAt")).isNotNull();
        assertThat(coverageOf(LEAD, teamId)).containsEntry("activeChampions", 1).containsEntry("flagged", false);

        // A quarter on, the implementation lead checks in; the note is on the champion's page.
        clock.moveTo(clock.instant().plus(Duration.ofDays(93)));
        completeTask(LEAD, "{\"note\":\"Two consultations given; wants to co-facilitate the next Overview day\"}");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checkIns = (List<Map<String, Object>>) map(call(LEAD, "GET", "/internal/champions/" + championId, null))
                .get("checkIns");
        assertThat(checkIns).hasSize(1);
        assertThat(checkIns.get(0)).containsEntry("checkedInBy", LEAD.id())
                .containsEntry("note", "Two consultations given; wants to co-facilitate the next Overview day");

        // Seen by their borough and the delivery partner; another borough and evaluators are told it does not exist.
        assertThat(call(DELIVERY_PARTNER, "GET", "/internal/champions/" + championId, null).statusCode()).isEqualTo(200);
        assertThat(call(NEWHAM_LEAD, "GET", "/internal/champions/" + championId, null).statusCode()).isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", "/internal/champions/" + championId, null).statusCode()).isEqualTo(404);
        assertThat(call(EVALUATOR, "GET", "/internal/champions/coverage", null).statusCode()).isEqualTo(404);
        assertThat(items(call(NEWHAM_LEAD, "GET", "/internal/champions?size=100", null)))
                .noneMatch(c -> championId.equals(c.get("id")));
        assertThat(items(call(DELIVERY_PARTNER, "GET", "/internal/champions?size=100", null)))
                .anyMatch(c -> championId.equals(c.get("id")));
        assertThat(call(NEWHAM_LEAD, "POST", "/internal/champions/" + championId + "/end",
                "{\"endedOn\":\"" + today() + "\",\"reason\":\"Moved\"}").statusCode()).isEqualTo(404);

        // The lead records that the champion left: the agreement ends and a succession task follows.
        HttpResponse<String> ended = call(LEAD, "POST", "/internal/champions/" + championId + "/end",
                "{\"endedOn\":\"" + today() + "\",\"reason\":\"Moved to another borough\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        ActivatedJob end = eventuallyOneJob("end-champion-agreement");
        Map<String, Object> first = workers.endAgreement(end);
        assertThat(workers.endAgreement(end)).as("a redelivered job changes nothing").isEqualTo(first);
        complete(end, first);
        assertThat(resources.count("SELECT count(*) FROM workflow.champion_succession WHERE champion_id = '" + championId + "'")).isEqualTo(1);
        complete(eventuallyOneJob("close-open-tasks"), Map.of());
        userTaskWorker.record(eventuallyOneJob(USER_TASK));
        completeTask(LEAD, "{\"outcome\":\"Asked the team manager to suggest a colleague\"}");

        Map<String, Object> after = map(call(LEAD, "GET", "/internal/champions/" + championId, null));
        assertThat(after).containsEntry("status", "ENDED").containsEntry("endedOn", today().toString())
                .containsEntry("endReason", "Moved to another borough");
        assertThat(((Map<?, ?>) after.get("succession")).get("doneBy")).isEqualTo(LEAD.id());
        assertThat(coverageOf(LEAD, teamId)).containsEntry("activeChampions", 0).containsEntry("flagged", true);
    }

    @Test
    void aDeclineIsKeptWithItsReasonAndTheNominationEnds() throws Exception {
        String teamId = addTeam("Family support " + UUID.randomUUID());
        String nominationId = (String) map(call(LEAD, "POST", "/internal/champions/nominations",
                nomination("champion.hackney", teamId))).get("id");
        Person candidate = new Person("champion.hackney", "hackney", "CHAMPION");

        assertThat(completeTaskAnswer(candidate, "{\"interested\":false}").statusCode()).as("a decline needs its reason").isEqualTo(400);
        completeTask(candidate, "{\"interested\":false,\"reason\":\"Not this year: I am on a course\"}");

        Map<String, Object> listed = items(call(LEAD, "GET", "/internal/champions/nominations?size=100", null)).stream()
                .filter(n -> nominationId.equals(n.get("id"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("status", "DECLINED").containsEntry("declinedAs", "CANDIDATE")
                .containsEntry("declinedBy", candidate.id()).containsEntry("declineReason", "Not this year: I am on a course");
        assertThat(listed.get("declinedAt")).isNotNull();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String teamId = addTeam("Duty and assessment " + UUID.randomUUID());
        long before = resources.count("SELECT count(*) FROM workflow.champion_nomination");

        HttpResponse<String> missing = call(LEAD, "POST", "/internal/champions/nominations",
                "{\"teamId\":\"" + teamId + "\",\"practitionerRole\":\"\",\"yearsInBorough\":-1,\"lineManager\":\"st-reviewer.hackney\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("practitionerRole").contains("yearsInBorough");
        HttpResponse<String> otherBorough = call(LEAD, "POST", "/internal/champions/nominations", nomination("practitioner.newham", teamId));
        assertThat(otherBorough.statusCode()).isEqualTo(400);
        assertThat(otherBorough.body()).contains("candidate");
        HttpResponse<String> notOurTeam = call(LEAD, "POST", "/internal/champions/nominations",
                nomination(CANDIDATE.id(), UUID.randomUUID().toString()));
        assertThat(notOurTeam.statusCode()).isEqualTo(400);
        assertThat(notOurTeam.body()).contains("teamId");
        assertThat(call(CANDIDATE, "POST", "/internal/champions/nominations", nomination(CANDIDATE.id(), teamId)).statusCode())
                .as("only leads nominate").isEqualTo(404);

        assertThat(resources.count("SELECT count(*) FROM workflow.champion_nomination")).isEqualTo(before);
        assertThat(resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE bpmn_process_id = 'champion-nomination'"))
                .isEqualTo(before);
    }

    @Test
    void aPractitionersApplicationGoesToTheLead() throws Exception {
        String teamId = addTeam("Children in need " + UUID.randomUUID());
        Person applicant = new Person("practitioner.tower-hamlets", "tower-hamlets", "PRACTITIONER");
        Person towerHamletsLead = new Person("implementation-lead.tower-hamlets", "tower-hamlets", "IMPLEMENTATION_LEAD");
        String ownTeam = (String) map(call(towerHamletsLead, "POST", "/internal/champions/teams",
                "{\"name\":\"Children in need " + UUID.randomUUID() + "\"}")).get("id");
        assertThat(call(applicant, "POST", "/internal/champions/applications", application(teamId)).statusCode())
                .as("another borough's team").isEqualTo(400);
        HttpResponse<String> register = call(applicant, "GET", "/internal/champions/teams?borough=hackney&page=0&size=100", null);
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        assertThat(register.body()).as("the applicant's own borough's register only").contains(ownTeam).doesNotContain(teamId);
        assertThat(call(applicant, "GET", "/internal/champions/coverage?page=0&size=20", null).statusCode())
                .as("the register, not who the champions are").isEqualTo(404);

        HttpResponse<String> applied = call(applicant, "POST", "/internal/champions/applications", application(ownTeam));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        assertThat(map(applied)).containsEntry("candidate", applicant.id()).containsEntry("status", "AWAITING_LEAD");
        completeTask(towerHamletsLead, "{\"accepted\":true}");
        assertThat(statusOf(towerHamletsLead, (String) map(applied).get("id"))).isEqualTo("AWAITING_MANAGER");
    }

    private String addTeam(String name) throws Exception {
        HttpResponse<String> added = call(LEAD, "POST", "/internal/champions/teams", "{\"name\":\"" + name + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return (String) map(added).get("id");
    }

    private static String nomination(String candidate, String teamId) {
        return "{\"candidate\":\"" + candidate + "\",\"teamId\":\"" + teamId
                + "\",\"practitionerRole\":\"Senior social worker\",\"yearsInBorough\":8,\"lineManager\":\"st-reviewer.hackney\"}";
    }

    private static String application(String teamId) {
        return "{\"teamId\":\"" + teamId + "\",\"practitionerRole\":\"Social worker\",\"yearsInBorough\":4,"
                + "\"lineManager\":\"st-reviewer.tower-hamlets\"}";
    }

    private Map<String, Object> coverageOf(Person person, String teamId) throws Exception {
        return items(call(person, "GET", "/internal/champions/coverage?size=100", null)).stream()
                .filter(t -> teamId.equals(t.get("teamId"))).findFirst().orElseThrow();
    }

    private String statusOf(String nominationId) throws Exception {
        return statusOf(LEAD, nominationId);
    }

    private String statusOf(Person lead, String nominationId) throws Exception {
        return (String) items(call(lead, "GET", "/internal/champions/nominations?size=100", null)).stream()
                .filter(n -> nominationId.equals(n.get("id"))).findFirst().orElseThrow().get("status");
    }

    private String championIdOf() throws Exception {
        return items(call(LEAD, "GET", "/internal/champions?size=100", null)).stream()
                .filter(c -> CANDIDATE.id().equals(c.get("person")) && "IN_TRAINING".equals(c.get("status")))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
    }

    /** The next user task into the inbox (twice: a redelivery records one), completed by the person through the API. */
    private void completeTask(Person person, String answers) throws Exception {
        HttpResponse<String> done = completeTaskAnswer(person, answers);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    private HttpResponse<String> completeTaskAnswer(Person person, String answers) throws Exception {
        Map<String, Object> task = eventually(() -> {
            for (ActivatedJob job : resources.engine().activateJobs(USER_TASK)) {
                userTaskWorker.record(job);
                userTaskWorker.record(job);
            }
            return items(call(person, "GET", "/internal/tasks?size=100", null)).stream()
                    .filter(t -> String.valueOf(t.get("kind")).contains("champion")).findFirst().orElse(null);
        }, found -> found != null);
        return call(person, "POST", "/internal/tasks/" + task.get("key") + "/complete", answers);
    }

    private ActivatedJob eventuallyOneJob(String type) {
        return eventually(() -> resources.engine().activateJobs(type), jobs -> jobs.size() == 1).get(0);
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        resources.engine().client().newCompleteCommand(job).variables(variables).send().join();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
