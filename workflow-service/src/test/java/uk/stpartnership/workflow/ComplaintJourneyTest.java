package uk.stpartnership.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.workingdays.Nation.ENGLAND_AND_WALES;

import uk.stpartnership.workingdays.WorkingDayCalendar;

/**
 * A complaint through its process with the workers running: the complaints team works its tasks in the inbox,
 * the engine's clock is moved past the deadlines, and notification-service's part is played by EmailJobs.
 */
@MicronautTest(transactional = false)
class ComplaintJourneyTest extends WorkflowServiceTest {

    private static final Person OFFICER = new Person("complaints-officer.hackney", "hackney", "COMPLAINTS_OFFICER");
    private static final Person MANAGER = new Person("complaints-manager.hackney", "hackney", "COMPLAINTS_MANAGER");
    private static final Person REVIEWER = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person NEWHAM_MANAGER = new Person("complaints-manager.newham", "newham", "COMPLAINTS_MANAGER");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String ABOUT = "The social worker sided with the mother at the review meeting";

    /** Every text of these complaints that is about the complainant, the family or the complaint: none may reach the engine or a log. */
    private final TypedTexts protectedTexts = new TypedTexts(List.of(ABOUT, "Nightingale House", "parent@example.test", "A Parent", "Sam Worker",
            "Hackney CIN 2", "team.manager@hackney.test", "We have looked into what you told us", "Your children are safe",
            "Waiting for the school", "The school's account is needed", "Asks where the children are", "Nothing about where the family lives",
            "Weekly supervision", "pattern of systems abuse"));

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @BeforeEach
    void captureLogs() {
        protectedTexts.watchLogs();
    }

    /** Whatever the journey did: no variable or job the engine recorded, and no log line, holds a text of the complaint. */
    @AfterEach
    void nothingProtectedReachedTheEngineOrALog() {
        protectedTexts.assertNoneReachedTheEngineOrALog(resources.engine());
    }

    @Test
    void anExtendedStage1ThatRunsLateIsOnTheSlaViewThenStage2IsDueToTheDayAndAWithdrawalEndsIt() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String id = record("OTHER_PARENT", "NO", "[]");
        String reference = (String) complaint(OFFICER, id).get("reference");

        Map<String, Object> acknowledge = awaitComplaintTask(OFFICER, "acknowledge-complaint", id);
        assertThat(acknowledge.get("dueAt")).isEqualTo(at(new WorkingDayCalendar(ENGLAND_AND_WALES).plusWorkingDays(today, 2), 17).toString());
        assertThat(complete(OFFICER, acknowledge, "{}").statusCode()).isEqualTo(200);
        EmailJobs.Email acknowledgement = eventually(() -> email("complaint-acknowledgement", reference), found -> found != null);
        assertThat(acknowledgement.variables().get("recipients")).isEqualTo(List.of(Map.of("email", "parent@example.test", "name", "A Parent")));
        EmailJobs.Email managerTold = eventually(() -> email("complaint-worker-manager", reference), found -> found != null);
        assertThat(managerTold.variables()).containsEntry("managerBriefing", ABOUT).containsEntry("workersComplainedAbout", "Sam Worker (Hackney CIN 2)");

        // The officer asks for more time, once; the manager agrees and the complainant hears the new date.
        Map<String, Object> respond = awaitComplaintTask(OFFICER, "respond-stage1", id);
        var noReason = complete(OFFICER, respond, "{\"decision\":\"EXTEND\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(map(noReason)).containsEntry("field", "extensionReason");
        assertThat(complete(OFFICER, respond, "{\"decision\":\"EXTEND\",\"extensionReason\":\"Waiting for the school\"}").statusCode()).isEqualTo(200);
        assertThat(complete(MANAGER, awaitComplaintTask(MANAGER, "decide-extension", id),
                "{\"extensionApproved\":true,\"extensionReason\":\"The school's account is needed for a fair answer\"}").statusCode()).isEqualTo(200);
        EmailJobs.Email extension = eventually(() -> email("complaint-extension", reference), found -> found != null);
        Instant extendedDeadline = at(new WorkingDayCalendar(ENGLAND_AND_WALES).plusWorkingDays(today, 20), 17);
        assertThat(extension.variables()).containsEntry("deadlineAt", extendedDeadline.toString())
                .containsEntry("extensionReason", "The school's account is needed for a fair answer");
        Map<String, Object> respondAgain = awaitComplaintTask(OFFICER, "respond-stage1", id);
        assertThat(respondAgain.get("dueAt")).isEqualTo(extendedDeadline.toString());
        var secondExtension = complete(OFFICER, respondAgain, "{\"decision\":\"EXTEND\",\"extensionReason\":\"Still waiting\"}");
        assertThat(secondExtension.statusCode()).isEqualTo(400);
        assertThat(map(secondExtension)).containsEntry("field", "decision");

        // The officer claims the task; the extended deadline passes: the officer was reminded, the manager is told,
        // and the SLA view shows it.
        assertThat(call(OFFICER, "POST", "/internal/tasks/" + respondAgain.get("key") + "/claim", null).statusCode()).isEqualTo(200);
        clock.moveTo(extendedDeadline.plus(Duration.ofMinutes(1)));
        eventually(() -> email("complaint-deadline-missed", reference), found -> found != null);
        assertThat(email("complaint-deadline-reminder", reference).variables()).containsEntry("taskName", "Respond at stage 1")
                .containsEntry("recipients", List.of(Map.of("person", OFFICER.id())));
        List<Map<String, Object>> sla = eventually(() -> items(call(MANAGER, "GET", "/internal/complaints/sla?size=100", null)),
                missed -> missed.stream().anyMatch(m -> id.equals(m.get("complaintId"))));
        assertThat(sla).filteredOn(m -> id.equals(m.get("complaintId"))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("task", "respond-stage1").containsEntry("deadlineAt", extendedDeadline.toString()));
        assertThat(items(call(NEWHAM_MANAGER, "GET", "/internal/complaints/sla?size=100", null)).toString()).doesNotContain(id);

        // Too early for stage 2; then the response goes, and the complainant asks for stage 2 the same day.
        LocalDate requestedOn = LocalDate.now(clock.withZone(LONDON));
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/stage2-request", "{\"requestedOn\":\"" + requestedOn + "\"}")
                .statusCode()).isEqualTo(409);
        assertThat(complete(OFFICER, awaitComplaintTask(OFFICER, "respond-stage1", id),
                "{\"decision\":\"RESPOND\",\"draftResponse\":\"We have looked into what you told us.\",\"outcome\":\"NOT_UPHELD\"}").statusCode())
                .isEqualTo(200);
        EmailJobs.Email response = eventually(() -> email("complaint-response", reference), found -> found != null);
        assertThat(response.variables()).containsEntry("responseText", "We have looked into what you told us.")
                .containsEntry("recipients", List.of(Map.of("email", "parent@example.test", "name", "A Parent")));
        eventually(() -> complaint(OFFICER, id), c -> "stage2-request-window".equals(c.get("deadlinePeriod")));
        assertThat(complaint(OFFICER, id)).containsEntry("outcome", "NOT_UPHELD");
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/stage3-request", "{\"requestedOn\":\"" + requestedOn + "\"}")
                .statusCode()).isEqualTo(409);
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/stage2-request", "{}").statusCode()).isEqualTo(400);
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/stage2-request", "{\"requestedOn\":\"" + requestedOn + "\"}")
                .statusCode()).isEqualTo(202);

        Instant stage2Due = at(new WorkingDayCalendar(ENGLAND_AND_WALES).plusWorkingDays(requestedOn, 25), 17);
        Map<String, Object> investigate = awaitComplaintTask(MANAGER, "investigate-stage2", id);
        assertThat(investigate.get("dueAt")).isEqualTo(stage2Due.toString());
        assertThat(complaint(MANAGER, id)).containsEntry("stageReached", "STAGE2").containsEntry("deadlineAt", stage2Due.toString())
                .containsEntry("stage2RequestedOn", requestedOn.toString());

        // The complainant withdraws: the investigation task closes and the complaint is closed as withdrawn.
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/withdrawal", "{\"reason\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/withdrawal", "{\"reason\":\"Resolved with the team\"}").statusCode())
                .isEqualTo(202);
        eventually(() -> complaint(MANAGER, id), c -> "WITHDRAWN".equals(c.get("outcome")) && c.get("closedAt") != null);
        eventually(() -> complaintTask(MANAGER, "investigate-stage2", id) == null, closed -> closed);
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/withdrawal", "{\"reason\":\"Again\"}").statusCode()).isEqualTo(409);

        // The manager reads who read and changed it; nobody else may.
        List<Map<String, Object>> trail = items(call(MANAGER, "GET", "/internal/complaints/" + id + "/audit?size=100", null));
        assertThat(trail).extracting(e -> e.get("actorId")).contains(OFFICER.id(), MANAGER.id())
                .anyMatch(actor -> ((String) actor).startsWith("process:"));
        assertThat(trail).extracting(e -> e.get("action")).contains("CREATE", "READ", "UPDATE");
        assertThat(call(OFFICER, "GET", "/internal/complaints/" + id + "/audit", null).statusCode()).isEqualTo(403);
        assertThat(call(NEWHAM_MANAGER, "GET", "/internal/complaints/" + id + "/audit", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aStageDeadlineThatPassesWhileAnotherOfItsTasksIsOpenRemindsAndRecordsThatTask() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String id = record("OTHER_PARENT", "NO", "[]");
        String reference = (String) complaint(OFFICER, id).get("reference");
        assertThat(complete(OFFICER, awaitComplaintTask(OFFICER, "acknowledge-complaint", id), "{}").statusCode()).isEqualTo(200);

        // Stage 1's reminder and deadline are drawn once for the stage: the manager's decision on an extension is
        // what is open when they fall due.
        assertThat(complete(OFFICER, awaitComplaintTask(OFFICER, "respond-stage1", id),
                "{\"decision\":\"EXTEND\",\"extensionReason\":\"Waiting for the school\"}").statusCode()).isEqualTo(200);
        awaitComplaintTask(MANAGER, "decide-extension", id);
        Instant stage1Due = at(new WorkingDayCalendar(ENGLAND_AND_WALES).plusWorkingDays(today, 10), 17);
        clock.moveTo(stage1Due.plus(Duration.ofMinutes(1)));

        EmailJobs.Email managerTold = eventually(() -> email("complaint-deadline-missed", reference), found -> found != null);
        assertThat(managerTold.variables()).containsEntry("deadlineAt", stage1Due.toString());
        assertThat(email("complaint-deadline-reminder", reference).variables())
                .containsEntry("recipients", List.of(Map.of("role", "COMPLAINTS_MANAGER", "organisation", "hackney")));
        List<Map<String, Object>> sla = eventually(() -> items(call(MANAGER, "GET", "/internal/complaints/sla?size=100", null)),
                missed -> missed.stream().anyMatch(m -> id.equals(m.get("complaintId"))));
        assertThat(sla).filteredOn(m -> id.equals(m.get("complaintId"))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("task", "decide-stage1-extension").containsEntry("deadlineAt", stage1Due.toString()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewAnswersEveryCheckAndAPatternBringsSupportForTheWorkerAndAnOmbudsmanEnquiryCanBeRecorded() throws Exception {
        String id = record("PERSON_CAUSING_HARM", "YES", "[{\"kind\":\"REFUGE\",\"detail\":\"Nightingale House\"}]");
        String reference = (String) complaint(OFFICER, id).get("reference");
        assertThat(complete(OFFICER, awaitComplaintTask(OFFICER, "acknowledge-complaint", id), "{}").statusCode()).isEqualTo(200);

        Map<String, Object> review = awaitComplaintTask(REVIEWER, "perpetrator-proofing-review", id);
        assertThat(complaintTask(OFFICER, "respond-stage1", id)).as("no response before the review").isNull();
        var oneCheck = complete(REVIEWER, review, """
                {"checks":[{"check":"RISK_TO_VICTIM_SURVIVOR","answer":"YES","note":"Asks where the children are"}],
                 "conclusion":"YES","safeguards":"Nothing about the family's whereabouts"}""");
        assertThat(oneCheck.statusCode()).isEqualTo(400);
        assertThat(map(oneCheck)).containsEntry("field", "checks");
        assertThat(oneCheck.body()).contains("PARTNER_AGENCIES_CONSULTED");
        assertThat(complete(REVIEWER, review, reviewOf("YES")).statusCode()).isEqualTo(200);

        Map<String, Object> detail = map(call(MANAGER, "GET", "/internal/complaints/" + id, null));
        Map<String, Object> kept = (Map<String, Object>) detail.get("review");
        assertThat(kept).containsEntry("conclusion", "YES").containsEntry("reviewedBy", REVIEWER.id());
        assertThat((List<Map<String, Object>>) kept.get("checks")).hasSize(9)
                .allSatisfy(check -> assertThat(check).containsKeys("check", "answer", "note"));
        EmailJobs.Email managerTold = eventually(() -> email("complaint-worker-manager", reference), found -> found != null);
        assertThat((String) managerTold.variables().get("managerBriefing")).contains("pattern of systems abuse").doesNotContain(ABOUT);
        Map<String, Object> support = awaitComplaintTask(MANAGER, "agree-worker-support", id);
        HttpResponse<String> notYesOrNo = complete(MANAGER, support, "{\"supportAgreed\":\"Weekly supervision\",\"safetyPlanNeeded\":false}");
        assertThat(notYesOrNo.statusCode()).isEqualTo(400);
        assertThat(notYesOrNo.body()).contains("\"field\":\"supportAgreed\"").contains("must be true or false");
        HttpResponse<String> noNote = complete(MANAGER, support, "{\"supportAgreed\":true,\"safetyPlanNeeded\":false}");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"supportNote\"");
        assertThat(complete(MANAGER, support, "{\"supportAgreed\":true,\"supportNote\":\"Weekly supervision\",\"safetyPlanNeeded\":true}").statusCode())
                .isEqualTo(400);
        assertThat(complete(MANAGER, support, "{\"supportAgreed\":true,\"supportNote\":\"Weekly supervision\",\"safetyPlanNeeded\":false}").statusCode())
                .isEqualTo(200);

        // A draft naming the refuge is not sent: the revision names what matched.
        assertThat(complete(OFFICER, awaitComplaintTask(OFFICER, "respond-stage1", id),
                "{\"decision\":\"RESPOND\",\"draftResponse\":\"Your children are safe at Nightingale House.\",\"outcome\":\"NOT_UPHELD\"}")
                .statusCode()).isEqualTo(200);
        // What matched is read from workflow-service when the task is viewed; the list and the process never hold it.
        Map<String, Object> listed = awaitComplaintTask(OFFICER, "revise-response", id);
        assertThat((Map<String, Object>) listed.get("context")).doesNotContainKeys("disclosureMatches", "draftResponse");
        Map<String, Object> revise = map(call(OFFICER, "GET", "/internal/tasks/" + listed.get("key"), null));
        assertThat((Map<String, Object>) revise.get("context")).containsEntry("disclosureMatches", List.of("REFUGE: Nightingale House"))
                .containsEntry("draftResponse", "Your children are safe at Nightingale House.");
        assertThat(call(OFFICER, "GET", "/internal/letters/complaint/" + id + "/complaint-acknowledgement", null).statusCode())
                .as("letters are for notification-service, not for a person").isEqualTo(404);
        assertThat(email("complaint-response", reference)).isNull();

        var enquiry = call(MANAGER, "POST", "/internal/complaints/" + id + "/ombudsman-enquiries",
                "{\"reference\":\"LGSCO 26 001 234\",\"receivedOn\":\"" + LocalDate.now(clock.withZone(LONDON)) + "\",\"decision\":\"NO_FAULT\"}");
        assertThat(enquiry.statusCode()).isEqualTo(400);
        assertThat(map(enquiry)).containsEntry("field", "decidedOn");
        assertThat(call(MANAGER, "POST", "/internal/complaints/" + id + "/ombudsman-enquiries",
                "{\"reference\":\"LGSCO 26 001 234\",\"receivedOn\":\"" + LocalDate.now(clock.withZone(LONDON)) + "\"}").statusCode())
                .isEqualTo(201);
        assertThat(complaint(MANAGER, id)).containsEntry("stageReached", "OMBUDSMAN");
        Map<String, Object> viewed = map(call(MANAGER, "GET", "/internal/complaints/" + id, null));
        assertThat((List<?>) viewed.get("ombudsmanEnquiries")).hasSize(1);

        // The timeline, oldest first: the blocked draft names the kind of detail it disclosed, never the detail.
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) viewed.get("timeline");
        assertThat(timeline).extracting(happened -> happened.get("kind")).startsWith("RECEIVED")
                .contains("TASK_DONE", "REVIEWED", "DRAFT_BLOCKED", "OMBUDSMAN_ENQUIRY");
        assertThat(timeline).filteredOn(happened -> happened.get("kind").equals("DRAFT_BLOCKED")).singleElement()
                .satisfies(blocked -> assertThat(blocked).containsEntry("details", List.of("REFUGE")).containsEntry("by", OFFICER.id()));
        assertThat(timeline).filteredOn(happened -> happened.get("kind").equals("TASK_DONE"))
                .extracting(happened -> happened.get("title")).contains("Acknowledge the complaint", "Agree support for the worker");
        assertThat(timeline.toString()).doesNotContain("Nightingale");
    }

    private String record(String relationship, String personCausingHarm, String protectedDetails) throws Exception {
        var recorded = call(OFFICER, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"A Parent","complainantEmail":"parent@example.test",
                 "complainantRelationship":"%s","workers":["Sam Worker"],"team":"Hackney CIN 2",
                 "workerManager":{"name":"Team Manager","email":"team.manager@hackney.test"},"caseReference":"HAC-%s",
                 "about":"%s","complainantIsPersonCausingHarm":"%s","protectedDetails":%s}"""
                .formatted(LocalDate.now(clock.withZone(LONDON)), relationship, UUID.randomUUID().toString().substring(0, 8), ABOUT,
                        personCausingHarm, protectedDetails));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return (String) map(recorded).get("id");
    }

    private static String reviewOf(String conclusion) {
        String checks = String.join(",", java.util.Arrays.stream(uk.stpartnership.workflow.complaints.PerpetratorProofingCheck.values())
                .map(check -> "{\"check\":\"" + check.name() + "\",\"answer\":\"NOT_KNOWN\",\"note\":\"Considered\"}").toList());
        return "{\"checks\":[" + checks + "],\"conclusion\":\"" + conclusion + "\",\"safeguards\":\"Nothing about where the family lives\"}";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> complaint(Person person, String id) throws Exception {
        emails.deliver();
        var viewed = call(person, "GET", "/internal/complaints/" + id, null);
        assertThat(viewed.statusCode()).as(viewed.body()).isEqualTo(200);
        return (Map<String, Object>) map(viewed).get("complaint");
    }

    private EmailJobs.Email email(String template, String reference) {
        return emails.sent().stream().filter(e -> e.template().equals(template))
                .filter(e -> reference.equals(e.variables().get("businessReference"))).findFirst().orElse(null);
    }

    private HttpResponse<String> complete(Person person, Map<String, Object> task, String answers) {
        assertThat(task).as("the task to complete").isNotNull();
        return call(person, "POST", "/internal/tasks/" + task.get("key") + "/complete", answers);
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), LONDON).toInstant();
    }
}
