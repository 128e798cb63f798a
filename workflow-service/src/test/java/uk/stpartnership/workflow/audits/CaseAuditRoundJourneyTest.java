package uk.stpartnership.workflow.audits;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.TypedTexts;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workflow.meetings.PlanNextMeeting;
import uk.stpartnership.workflow.tasks.UserTaskWorker;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's process on real PostgreSQL and the real engine, from the sample drawn to the findings on the operational
 * group's agenda. The workers are not opened: the test hands each real job to its worker, twice where a second
 * delivery must change nothing.
 */
@MicronautTest(transactional = false)
class CaseAuditRoundJourneyTest extends WorkflowServiceTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person AUDITOR = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person OTHER_AUDITOR = new Person("champion.hackney", "hackney", "CHAMPION");
    private static final Person MODERATOR = new Person("borough-lead.hackney", "hackney", "BOROUGH_LEAD");
    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    UserTaskWorker userTaskWorker;
    @Inject
    AuditWorkers workers;
    @Inject
    PlanNextMeeting planNextMeeting;
    @Inject
    PutFindingsOnAgenda putFindingsOnAgenda;

    /** Case references and what people typed stay in workflow-service's tables: never in the engine or a log. */
    private final TypedTexts typed = new TypedTexts(List.of("HK-2022-0", "Seen in the assessment and the plan", "Incidents listed",
            "Harm told as incidents", "Pattern described in the plan", "Shared with team managers"));

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @BeforeEach
    void watchLogs() {
        typed.watchLogs();
    }

    @AfterEach
    void nothingTypedReachedTheEngineOrALog() {
        typed.assertNoneReachedTheEngineOrALog(resources.engine());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoundIsScoredItsDisagreementsResolvedItsFindingsSignedOffAndPutOnTheOperationalAgenda() throws Exception {
        String roundId = sampledRound();
        String reference = (String) map(call(LEAD, "GET", "/internal/audits/rounds/" + roundId, null)).get("reference");
        List<Map<String, Object>> auditorsTasks = tasksOf(AUDITOR, "audit-case", 2);
        List<Map<String, Object>> moderatorsTasks = tasksOf(MODERATOR, "moderate-case", 2);
        tasksOf(OTHER_AUDITOR, "audit-case", 2);

        // The auditor sees the case's reference and the criteria; nothing of it went to the engine.
        Map<String, Object> first = map(call(AUDITOR, "GET", "/internal/tasks/" + auditorsTasks.get(0).get("key"), null));
        Map<String, Object> context = (Map<String, Object>) first.get("context");
        assertThat((String) context.get("caseReference")).startsWith("HK-2022-");
        assertThat(context).containsEntry("roundReference", reference);
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) context.get("criteria");
        assertThat(criteria).hasSize(9);
        assertThat(criteria.get(0).get("wording")).asString().contains("pattern of behaviour");

        // Another auditor is told the task does not exist.
        String firstKey = String.valueOf(first.get("key"));
        assertThat(call(OTHER_AUDITOR, "GET", "/internal/tasks/" + firstKey, null).statusCode()).isEqualTo(404);
        assertThat(call(OTHER_AUDITOR, "POST", "/internal/tasks/" + firstKey + "/complete", scores(criteria, "MET")).statusCode())
                .isEqualTo(404);

        // Bad scores: each named by its place, nothing stored.
        List<Map<String, Object>> oneMissing = new ArrayList<>(scoreList(criteria, "MET"));
        oneMissing.remove(8);
        assertThat(completion(AUDITOR, firstKey, json.writeValueAsString(Map.of("scores", oneMissing))).body())
                .contains("\"field\":\"scores\"", "must score criterion 9");
        List<Map<String, Object>> badChoice = new ArrayList<>(scoreList(criteria, "MET"));
        badChoice.set(2, Map.of("criterionId", criteria.get(2).get("criterionId"), "score", "GOOD", "evidenceNote", "Plan names him"));
        badChoice.set(3, Map.of("criterionId", criteria.get(2).get("criterionId"), "score", "MET", "evidenceNote", "Again"));
        HttpResponse<String> refused = completion(AUDITOR, firstKey, json.writeValueAsString(Map.of("scores", badChoice)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("scores[2].score", "must be one of: NOT_MET, PARTIALLY_MET, MET");
        List<Map<String, Object>> repeated = new ArrayList<>(scoreList(criteria, "MET"));
        repeated.set(3, Map.of("criterionId", criteria.get(2).get("criterionId"), "score", "MET", "evidenceNote", "Again"));
        assertThat(completion(AUDITOR, firstKey, json.writeValueAsString(Map.of("scores", repeated))).body())
                .contains("scores[3].criterionId", "is scored a second time");
        assertThat(scoreCount(roundId)).isZero();

        // Every case scored; the moderator disagrees with the auditor on one criterion of each moderated case.
        for (Person auditor : List.of(AUDITOR, OTHER_AUDITOR)) {
            for (Map<String, Object> task : tasksOf(auditor, "audit-case", 2)) {
                assertThat(completion(auditor, String.valueOf(task.get("key")), scores(criteria, "MET")).statusCode()).isEqualTo(200);
            }
        }
        assertThat(completion(AUDITOR, firstKey, scores(criteria, "MET")).statusCode()).as("done once").isEqualTo(409);
        assertThat(scoreCount(roundId)).as("a second completion stores nothing twice").isEqualTo(4 * 9);
        for (Map<String, Object> task : moderatorsTasks) {
            Map<String, Object> seen = (Map<String, Object>) map(call(MODERATOR, "GET", "/internal/tasks/" + task.get("key"), null)).get("context");
            assertThat(seen).as("blind").containsKeys("caseReference", "criteria").doesNotContainKeys("auditScore", "scores");
            List<Map<String, Object>> given = new ArrayList<>(scoreList(criteria, "MET"));
            given.set(0, Map.of("criterionId", criteria.get(0).get("criterionId"), "score", "PARTIALLY_MET", "evidenceNote", "Incidents listed"));
            assertThat(completion(MODERATOR, String.valueOf(task.get("key")), json.writeValueAsString(Map.of("scores", given))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_score WHERE round_id = '" + roundId + "' AND scored_as = 'MODERATION'"))
                .isEqualTo(2 * 9);
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_type = 'audit-case' AND action = 'UPDATE'"))
                .as("each case's scores on the trail").isEqualTo(4 + 2);

        // The comparison, handed over twice, finds the same two disagreements.
        ActivatedJob agreement = eventuallyOneJob("audit-agreement");
        Map<String, Object> found = workers.agreement(agreement);
        assertThat(workers.agreement(agreement)).isEqualTo(found);
        assertThat((List<?>) found.get("disagreements")).hasSize(2);
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_disagreement WHERE round_id = '" + roundId + "'")).isEqualTo(2);
        complete(agreement, found);
        assertThat(statusOf(roundId)).isEqualTo("RESOLVING");

        List<Map<String, Object>> resolutions = tasksOf(LEAD, "resolve-audit-disagreement", 2);
        Map<String, Object> disagreement = (Map<String, Object>) map(call(LEAD, "GET", "/internal/tasks/" + resolutions.get(0).get("key"), null))
                .get("context");
        assertThat(disagreement).containsEntry("auditScore", "MET").containsEntry("moderationScore", "PARTIALLY_MET")
                .containsKey("caseReference");
        assertThat(completion(LEAD, String.valueOf(resolutions.get(0).get("key")), "{\"score\":\"PARTIALLY_MET\"}").body()).contains("note");
        completion(LEAD, String.valueOf(resolutions.get(0).get("key")), "{\"score\":\"PARTIALLY_MET\",\"note\":\"Harm told as incidents\"}");
        assertThat(statusOf(roundId)).as("one disagreement still open").isEqualTo("RESOLVING");
        completion(LEAD, String.valueOf(resolutions.get(1).get("key")), "{\"score\":\"MET\",\"note\":\"Pattern described in the plan\"}");
        assertThat(statusOf(roundId)).isEqualTo("SIGNING_OFF");
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_score WHERE round_id = '" + roundId + "' AND scored_as = 'RESOLUTION'"))
                .isEqualTo(2);
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_disagreement WHERE round_id = '" + roundId
                + "' AND resolved_by = 'implementation-lead.hackney'")).isEqualTo(2);

        // Signed off by the borough lead: a no is refused.
        String signOff = String.valueOf(tasksOf(MODERATOR, "sign-off-audit-findings", 1).get(0).get("key"));
        assertThat(completion(MODERATOR, signOff, "{\"findingsRight\":false}").statusCode()).isEqualTo(400);
        assertThat(completion(MODERATOR, signOff, "{\"findingsRight\":true,\"note\":\"Shared with team managers\"}").statusCode())
                .isEqualTo(200);
        assertThat(statusOf(roundId)).isEqualTo("SIGNED_OFF");

        // No operational meeting is planned: the findings wait for the next one, then go on its agenda once.
        ActivatedJob toAgenda = eventuallyOneJob("audit-findings-to-agenda");
        workers.findingsToAgenda(toAgenda);
        String title = "Case audit findings: " + reference + " (4 cases)";
        assertThat(agendaItems(title)).isZero();
        String seriesId = (String) map(call(PROJECT_MANAGER, "POST", "/internal/meeting-series", operationalGroup())).get("id");
        planNextMeeting.plan(UUID.fromString(seriesId), null);
        workers.findingsToAgenda(toAgenda);
        complete(toAgenda, Map.of());
        assertThat(agendaItems(title)).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.agenda_item WHERE title = '" + title + "' AND purpose = 'INFORMATION'"))
                .isEqualTo(1);

        // The next round's findings find that meeting's agenda open and go straight on it, once.
        String next = sampledRound();
        String nextTitle = "Case audit findings: " + map(call(LEAD, "GET", "/internal/audits/rounds/" + next, null)).get("reference") + " (4 cases)";
        resources.update("INSERT INTO workflow.audit_sign_off (round_id, signed_off_by, signed_off_at) VALUES ('" + next
                + "', 'borough-lead.hackney', now())");
        putFindingsOnAgenda.put(UUID.fromString(next));
        putFindingsOnAgenda.put(UUID.fromString(next));
        assertThat(agendaItems(nextTitle)).isEqualTo(1);
        assertThat(resources.count("SELECT count(DISTINCT meeting_id) FROM workflow.agenda_item WHERE title IN ('" + title + "', '"
                + nextTitle + "')")).as("the same meeting").isEqualTo(1);
    }

    /** A round of four cases, two moderated, its sample drawn: its process starts from the outbox. */
    private String sampledRound() throws Exception {
        HttpResponse<String> planned = call(LEAD, "POST", "/internal/audits/rounds", """
                {"purpose": "ROUTINE", "cohortDescription": "Closed to children's social care, domestic abuse a factor",
                 "sampleSize": 4, "dueOn": "%s", "auditors": ["st-reviewer.hackney", "champion.hackney"],
                 "moderators": ["borough-lead.hackney"]}""".formatted(TODAY.plusMonths(1)));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String id = (String) map(planned).get("id");
        String file = "case_reference,team\n" + IntStream.rangeClosed(1, 12).mapToObj(i -> "HK-2022-%04d,Assessment\n".formatted(i))
                .collect(Collectors.joining());
        HttpResponse<String> sampled = call(LEAD, "POST", "/internal/audits/rounds/" + id + "/cohort",
                json.writeValueAsString(Map.of("file", file)));
        assertThat(sampled.statusCode()).as(sampled.body()).isEqualTo(200);
        return id;
    }

    /** The person's open tasks of a kind, once the process has made them (each job recorded twice: a redelivery). */
    private List<Map<String, Object>> tasksOf(Person person, String kind, int count) {
        return eventually(() -> {
            for (ActivatedJob job : resources.engine().activateJobs(USER_TASK)) {
                userTaskWorker.record(job);
                userTaskWorker.record(job);
            }
            return items(call(person, "GET", "/internal/tasks?size=100", null)).stream()
                    .filter(t -> kind.equals(t.get("kind")) && "OPEN".equals(t.get("status"))).toList();
        }, found -> found.size() == count);
    }

    private HttpResponse<String> completion(Person person, String key, String answers) {
        return call(person, "POST", "/internal/tasks/" + key + "/complete", answers);
    }

    private static List<Map<String, Object>> scoreList(List<Map<String, Object>> criteria, String score) {
        return criteria.stream().<Map<String, Object>>map(c -> Map.of("criterionId", c.get("criterionId"), "score", score,
                "evidenceNote", "Seen in the assessment and the plan")).toList();
    }

    private String scores(List<Map<String, Object>> criteria, String score) throws Exception {
        return json.writeValueAsString(Map.of("scores", scoreList(criteria, score)));
    }

    private long scoreCount(String roundId) {
        return resources.count("SELECT count(*) FROM workflow.audit_score WHERE round_id = '" + roundId + "'");
    }

    private long agendaItems(String title) {
        return resources.count("SELECT count(*) FROM workflow.agenda_item WHERE title = '" + title + "'");
    }

    private String statusOf(String roundId) throws Exception {
        return (String) map(call(LEAD, "GET", "/internal/audits/rounds/" + roundId, null)).get("status");
    }

    private ActivatedJob eventuallyOneJob(String type) {
        return eventually(() -> resources.engine().activateJobs(type), jobs -> jobs.size() == 1).get(0);
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        resources.engine().client().newCompleteCommand(job).variables(variables).send().join();
    }

    private static String operationalGroup() {
        return "{\"title\":\"Operational group\",\"group\":\"OPERATIONAL\",\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":2,\"weekday\":\"TUESDAY\"},"
                + "\"startTime\":\"10:00\",\"durationMinutes\":90,\"location\":\"Hackney Town Hall, Room 2\",\"chair\":\"project-manager.respect\","
                + "\"organisation\":\"respect\",\"members\":[{\"person\":\"project-manager.respect\"},"
                + "{\"role\":\"IMPLEMENTATION_LEAD\",\"organisation\":\"hackney\"}],"
                + "\"agendaCallWorkingDays\":5,\"papersWorkingDays\":2,\"minutesApprovalWorkingDays\":5,\"quorum\":2}";
    }
}
