package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;
import uk.stpartnership.workingdays.Nation;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;
import static uk.stpartnership.workflow.TestPeople.PRACTITIONER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consultation journey through workflow-service's API, its workers running against the real engine and PostgreSQL. */
@MicronautTest(transactional = false)
class CaseConsultationInboxTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person OTHER_LEAD = new Person("second-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    private static final Person NEWHAM_LEAD = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    private static final String ROLE = "Marker-role: family support worker";
    private static final String HELP_WANTED = "Marker-help: mapping the father's pattern of coercive control";
    private static final String FOLLOW_UP = "Marker-follow-up: review the plan with the team manager";
    private static final String NOTES = "Marker-notes: mother disclosed a new address";

    /** What the practitioner and the lead type: it stays in workflow-service, never in the engine or a log. */
    private final TypedTexts typed = new TypedTexts(List.of(ROLE, HELP_WANTED, FOLLOW_UP, NOTES));

    @BeforeEach
    void watchLogs() {
        typed.watchLogs();
    }

    @AfterEach
    void nothingTypedReachedTheEngineOrALog() {
        typed.assertNoneReachedTheEngineOrALog(resources.engine());
    }

    @Test
    void aRequestedConsultationIsHeldByTheBoroughsLeadAndCounted() throws Exception {
        var requested = call(PRACTITIONER, "POST", "/internal/consultations",
                "{\"caseReference\":\"HK-2026-0042\",\"practitionerRole\":\"" + ROLE + "\",\"helpWanted\":\"" + HELP_WANTED + "\"}");
        assertThat(requested.statusCode()).isEqualTo(201);
        assertThat(map(requested)).containsEntry("borough", "hackney").containsEntry("caseReference", "HK-2026-0042");

        Map<String, Object> task = await().until(() -> items(call(LEAD, "GET", "/internal/tasks", null)), list -> list.size() == 1).get(0);
        assertThat(task).containsEntry("title", "Hold case consultation").containsEntry("businessReference", "HK-2026-0042")
                .containsEntry("status", "OPEN").containsEntry("candidateRole", "IMPLEMENTATION_LEAD");
        LocalDate expectedDue = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES).plusWorkingDays(LocalDate.now(ZoneId.of("Europe/London")), 5);
        @SuppressWarnings("unchecked") Map<String, Object> context = (Map<String, Object>) task.get("context");
        assertThat(context).containsEntry("dueDate", expectedDue.toString()).doesNotContainKeys("helpWanted", "practitionerRole");
        String key = (String) task.get("key");
        // What the practitioner wrote is read from the request when the lead views the task.
        @SuppressWarnings("unchecked") Map<String, Object> viewed = (Map<String, Object>) map(call(LEAD, "GET", "/internal/tasks/" + key, null)).get("context");
        assertThat(viewed).containsEntry("helpWanted", HELP_WANTED).containsEntry("practitionerRole", ROLE);

        // Another borough's lead, and a practitioner without the role, are told the task does not exist.
        assertThat(call(NEWHAM_LEAD, "GET", "/internal/tasks/" + key, null).statusCode()).isEqualTo(404);
        assertThat(items(call(NEWHAM_LEAD, "GET", "/internal/tasks", null))).isEmpty();
        assertThat(call(PRACTITIONER, "GET", "/internal/tasks/" + key, null).statusCode()).isEqualTo(404);
        assertThat(call(NEWHAM_LEAD, "POST", "/internal/tasks/" + key + "/complete", completion()).statusCode()).isEqualTo(404);

        // Bad answers are refused field by field and change nothing.
        var bad = call(LEAD, "POST", "/internal/tasks/" + key + "/complete",
                "{\"consultationDate\":\"2999-01-01\",\"themes\":[\"NOT_A_THEME\"],\"followUpNeeded\":true}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(map(bad)).containsEntry("field", "consultationDate");
        assertThat(bad.body()).contains("themes").contains("followUp").contains("must not be in the future");
        assertThat(map(call(LEAD, "GET", "/internal/tasks/" + key, null))).containsEntry("status", "OPEN");

        // Claimed by one lead, the task cannot be completed by another.
        assertThat(map(call(LEAD, "POST", "/internal/tasks/" + key + "/claim", null))).containsEntry("assignee", LEAD.id());
        assertThat(call(OTHER_LEAD, "POST", "/internal/tasks/" + key + "/complete", completion()).statusCode()).isEqualTo(409);

        var completed = call(LEAD, "POST", "/internal/tasks/" + key + "/complete", completion());
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(map(completed)).containsEntry("status", "COMPLETED").containsEntry("completedBy", LEAD.id());
        var again = call(LEAD, "POST", "/internal/tasks/" + key + "/complete", completion());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(map(again).get("detail").toString()).contains("already completed");
        assertThat(items(call(LEAD, "GET", "/internal/tasks", null))).isEmpty();

        // The borough's list shows the request with the consultation held; another borough's, and the partnership's roles, do not.
        var listed = call(LEAD, "GET", "/internal/consultations?page=0&size=10", null);
        assertThat(map(listed)).containsEntry("total", 1);
        assertThat(items(listed).get(0)).containsEntry("caseReference", "HK-2026-0042").containsEntry("requestedBy", PRACTITIONER.id())
                .containsEntry("heldOn", LocalDate.now(ZoneId.of("Europe/London")).toString()).containsEntry("followUpNeeded", true)
                .containsEntry("themes", List.of("PERPETRATOR_PATTERN_MAPPING", "LANGUAGE_AND_DOCUMENTATION")).doesNotContainKey("helpWanted");
        assertThat(items(call(PRACTITIONER, "GET", "/internal/consultations", null))).hasSize(1);
        assertThat(items(call(NEWHAM_LEAD, "GET", "/internal/consultations", null))).isEmpty();
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/consultations", null).statusCode()).isEqualTo(403);

        // The practitioner's confirmation has the themes and the follow-up, read from workflow-service; the lead's notes stay here.
        EmailJobs.Email confirmation = eventually(() -> emails.first("consultation-confirmation", null), found -> found != null);
        assertThat(confirmation.headers()).containsEntry("letter", "consultation");
        assertThat(confirmation.variables()).containsEntry("recipients", List.of(Map.of("person", PRACTITIONER.id())))
                .containsEntry("caseReference", "HK-2026-0042").containsEntry("followUpSummary", FOLLOW_UP)
                .containsEntry("themesSummary", "Perpetrator pattern mapping, Language and documentation");
        assertThat(confirmation.variables().values()).doesNotContain(NOTES);
        assertThat(resources.count("SELECT count(*) FROM workflow.consultation WHERE notes = '" + NOTES + "' AND follow_up = '"
                + FOLLOW_UP + "'")).isEqualTo(1);

        // Who read and changed the case-linked records is in the audit log.
        String caseEvents = "SELECT count(*) FROM workflow.audit_event WHERE case_reference = 'HK-2026-0042' AND ";
        assertThat(resources.count(caseEvents + "actor_id = 'practitioner.hackney' AND action = 'CREATE'")).isEqualTo(1);
        assertThat(resources.count(caseEvents + "actor_id = 'implementation-lead.hackney' AND action = 'READ'")).isGreaterThanOrEqualTo(2);
        assertThat(resources.count(caseEvents + "actor_id = 'implementation-lead.hackney' AND action = 'UPDATE'")).isEqualTo(2);
        assertThat(resources.count(caseEvents + "actor_id = 'implementation-lead.newham'")).isZero();

        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        await().until(() -> counts(PROJECT_MANAGER, month), counts -> !counts.isEmpty());
        assertThat(counts(PROJECT_MANAGER, month)).containsExactly(Map.of("borough", "hackney", "month", month, "consultations", 1));
        assertThat(counts(NEWHAM_LEAD, month)).isEmpty();
        assertThat(counts(LEAD, month)).hasSize(1);
    }

    @Test
    void badRequestsAreRefusedAndStoreNothing() throws Exception {
        long before = requestsStored();
        var blank = call(PRACTITIONER, "POST", "/internal/consultations", "{\"caseReference\":\"\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"x\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(map(blank)).containsEntry("field", "caseReference");
        var name = call(PRACTITIONER, "POST", "/internal/consultations", "{\"caseReference\":\"Jane Smith\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"x\"}");
        assertThat(name.statusCode()).isEqualTo(400);
        var notJson = call(PRACTITIONER, "POST", "/internal/consultations", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at io.");
        var lead = call(LEAD, "POST", "/internal/consultations", "{\"caseReference\":\"HK-1\",\"practitionerRole\":\"Social worker\",\"helpWanted\":\"x\"}");
        assertThat(lead.statusCode()).isEqualTo(403);
        var month = call(PROJECT_MANAGER, "GET", "/internal/consultations/monthly?from=2026-13&to=2026-01", null);
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(map(month)).containsEntry("field", "from");
        assertThat(requestsStored()).isEqualTo(before);
    }

    @Test
    void internalEndpointsNeedTheServiceToken() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/internal/tasks")).header("X-Actor-Id", "x")
                        .header("X-Actor-Organisation", "hackney").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String completion() {
        return "{\"consultationDate\":\"" + LocalDate.now(ZoneId.of("Europe/London")) + "\",\"themes\":[\"PERPETRATOR_PATTERN_MAPPING\",\"LANGUAGE_AND_DOCUMENTATION\"],"
                + "\"followUpNeeded\":true,\"followUp\":\"" + FOLLOW_UP + "\",\"notes\":\"" + NOTES + "\"}";
    }

    private long requestsStored() throws Exception {
        return resources.count("SELECT count(*) FROM workflow.consultation_request");
    }

    private List<Map<String, Object>> counts(Person person, String month) throws Exception {
        var response = call(person, "GET", "/internal/consultations/monthly?from=" + month + "&to=" + month, null);
        assertThat(response.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counts = (List<Map<String, Object>>) map(response).get("counts");
        return counts;
    }

}
