package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.PeopleDirectoryStub;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may be assigned to a complaint and who then sees it, the review task offered to the assigned reviewer, the
 * complaint's audit trail (what was read or changed, lists, refusals), and one ending of a complaint (issue 8 §5, §9).
 * ui-api's people directory is a real HTTP server over the people named here.
 */
@MicronautTest(transactional = false)
class ComplaintAccessTest extends WorkflowServiceTest {

    private static final Person OFFICER = new Person("complaints-officer.hackney", "hackney", "COMPLAINTS_OFFICER");
    private static final Person MANAGER = new Person("complaints-manager.hackney", "hackney", "COMPLAINTS_MANAGER");
    private static final Person REVIEWER = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person OTHER_REVIEWER = new Person("st-reviewer-2.hackney", "hackney", "ST_REVIEWER");
    private static final Person NEWHAM_PRACTITIONER = new Person("practitioner.newham", "newham", "PRACTITIONER");
    private static final Person NEWHAM_OFFICER = new Person("complaints-officer.newham", "newham", "COMPLAINTS_OFFICER");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PeopleDirectoryStub directory = PeopleDirectoryStub.start(WorkflowServiceTestResources.SERVICE_TOKEN, List.of(
            new PeopleDirectoryStub.Entry(OFFICER.id(), "Chris Officer", "hackney", "COMPLAINTS_OFFICER"),
            new PeopleDirectoryStub.Entry(REVIEWER.id(), "Rae Reviewer", "hackney", "ST_REVIEWER"),
            new PeopleDirectoryStub.Entry(OTHER_REVIEWER.id(), "Rob Reviewer", "hackney", "ST_REVIEWER"),
            new PeopleDirectoryStub.Entry("st-reviewer.newham", "Nia Reviewer", "newham", "ST_REVIEWER"),
            new PeopleDirectoryStub.Entry("borough-lead.hackney", "Bo Lead", "hackney", "BOROUGH_LEAD"),
            new PeopleDirectoryStub.Entry("practitioner.hackney", "Sam O'Brien", "hackney", "PRACTITIONER"),
            new PeopleDirectoryStub.Entry(NEWHAM_PRACTITIONER.id(), "Pat Practitioner", "newham", "PRACTITIONER")));

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("ui-api.url", directory.url());
        return properties;
    }

    @AfterAll
    void stopDirectory() {
        directory.close();
    }

    @Test
    void onlyRealPeopleOfTheBoroughWithTheRightRoleAreAssignedAndTheTrailSaysWhatChanged() throws Exception {
        String id = record("OTHER_PARENT", "NO");
        String assignments = "/internal/complaints/" + id + "/assignments";
        for (String[] refused : List.of(
                new String[]{"reviewerId", "nobody.hackney"},
                new String[]{"reviewerId", "st-reviewer.newham"},
                new String[]{"reviewerId", "practitioner.hackney"},
                new String[]{"investigatorId", NEWHAM_PRACTITIONER.id()},
                new String[]{"investigatorId", "practitioner.hackney"},
                new String[]{"managerId", REVIEWER.id()},
                new String[]{"managerId", "nobody.hackney"})) {
            var answer = call(MANAGER, "PUT", assignments, "{\"" + refused[0] + "\":\"" + refused[1] + "\"}");
            assertThat(answer.statusCode()).as(refused[1] + " as " + refused[0] + ": " + answer.body()).isEqualTo(400);
            assertThat(map(answer)).containsEntry("field", refused[0]);
        }
        // Nothing was assigned: the practitioner from another borough still cannot read the complaint.
        assertThat(complaint(MANAGER, id)).containsEntry("reviewerId", null).containsEntry("investigatorId", null);
        assertThat(call(NEWHAM_PRACTITIONER, "GET", "/internal/complaints/" + id, null).statusCode()).isEqualTo(404);

        var assigned = call(MANAGER, "PUT", assignments,
                "{\"reviewerId\":\"st-reviewer.hackney\",\"investigatorId\":\"complaints-officer.hackney\",\"managerId\":\"borough-lead.hackney\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(complaint(REVIEWER, id)).containsEntry("reviewerId", REVIEWER.id()).containsEntry("managerId", "borough-lead.hackney");
        assertThat(call(MANAGER, "PUT", assignments, "{\"reviewerId\":\"st-reviewer.hackney\",\"investigatorId\":\"complaints-officer.hackney\"}")
                .statusCode()).isEqualTo(200);

        List<Map<String, Object>> trail = trail(id);
        List<Map<String, Object>> changes = trail.stream().filter(e -> "UPDATE".equals(e.get("action")))
                .filter(e -> ("PUT /internal/complaints/" + id + "/assignments").equals(e.get("route"))).toList();
        assertThat(changes).extracting(ComplaintAccessTest::changes).containsExactly(
                List.of("managerId: borough-lead.hackney -> null"),
                List.of("reviewerId: null -> st-reviewer.hackney", "investigatorId: null -> complaints-officer.hackney",
                        "managerId: null -> borough-lead.hackney"));
        assertThat(changes).allSatisfy(e -> assertThat(e).containsEntry("recordType", "complaint").containsEntry("recordId", id)
                .containsEntry("actorId", MANAGER.id()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewTaskIsOfferedToTheAssignedReviewerAloneAndEveryReadOfItIsOnTheComplaintsTrail() throws Exception {
        String id = record("PERSON_CAUSING_HARM", "YES");
        complete(OFFICER, awaitComplaintTask(OFFICER, "acknowledge-complaint", id), "{}");

        // Until a reviewer is assigned, the task is offered to the borough's reviewers; one of them claims it.
        Map<String, Object> review = awaitComplaintTask(REVIEWER, "perpetrator-proofing-review", id);
        assertThat(complaintTask(OTHER_REVIEWER, "perpetrator-proofing-review", id)).isNotNull();
        String task = "/internal/tasks/" + review.get("key");
        assertThat(call(OTHER_REVIEWER, "POST", task + "/claim", null).statusCode()).isEqualTo(200);

        // Once the manager assigns a reviewer, only that reviewer sees it: the other one's claim is handed back.
        assertThat(call(MANAGER, "PUT", "/internal/complaints/" + id + "/assignments", "{\"reviewerId\":\"st-reviewer.hackney\"}").statusCode())
                .isEqualTo(200);
        assertThat(complaintTask(OTHER_REVIEWER, "perpetrator-proofing-review", id)).isNull();
        var refused = call(OTHER_REVIEWER, "GET", task, null);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("complaintAbout");
        assertThat(call(OTHER_REVIEWER, "POST", task + "/claim", null).statusCode()).isEqualTo(404);
        Map<String, Object> offered = awaitComplaintTask(REVIEWER, "perpetrator-proofing-review", id);
        assertThat(offered).containsEntry("assignee", null);
        var read = call(REVIEWER, "GET", task, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        // Its reminder reaches the assigned reviewer, not the role.
        String reference = (String) complaint(MANAGER, id).get("reference");
        clock.moveTo(Instant.parse((String) offered.get("dueAt")).minus(Duration.ofHours(1)));
        EmailJobs.Email reminder = eventually(() -> {
            emails.deliver();
            return emails.sent().stream().filter(e -> e.template().equals("complaint-deadline-reminder"))
                    .filter(e -> reference.equals(e.variables().get("businessReference"))).findFirst().orElse(null);
        }, found -> found != null);
        assertThat(reminder.variables()).containsEntry("recipients", List.of(Map.of("person", REVIEWER.id())));

        // Taking the assignment away offers it to the reviewers again.
        assertThat(call(MANAGER, "PUT", "/internal/complaints/" + id + "/assignments", "{}").statusCode()).isEqualTo(200);
        assertThat(complaintTask(OTHER_REVIEWER, "perpetrator-proofing-review", id)).isNotNull();

        List<Map<String, Object>> taskReads = trail(id).stream().filter(e -> "task".equals(e.get("recordType"))).toList();
        assertThat(taskReads).anySatisfy(e -> assertThat(e).containsEntry("actorId", REVIEWER.id()).containsEntry("action", "READ")
                .containsEntry("recordId", review.get("key")).containsEntry("route", "GET " + task).containsEntry("refused", null));
        assertThat(taskReads).anySatisfy(e -> assertThat(e).containsEntry("actorId", OTHER_REVIEWER.id()).containsEntry("action", "READ")
                .containsEntry("recordId", review.get("key")).containsEntry("refused", 404));
        assertThat(taskReads).anySatisfy(e -> assertThat(e).containsEntry("actorId", OTHER_REVIEWER.id()).containsEntry("action", "UPDATE")
                .containsEntry("refused", 404).containsEntry("route", "POST " + task + "/claim"));
        // A reviewer's inbox list naming the task is one entry on the trail.
        assertThat(taskReads).anySatisfy(e -> assertThat(e).containsEntry("actorId", REVIEWER.id()).containsEntry("recordId", null)
                .containsEntry("route", "GET /internal/tasks").satisfies(list -> assertThat((List<Object>) list.get("recordIds")).contains(review.get("key"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aListIsOneEntryAndRefusedAttemptsAreOnTheTrail() throws Exception {
        String id = record("OTHER_PARENT", "NO");
        String other = record("OTHER_PARENT", "NO");
        String officersRows = "SELECT count(*) FROM workflow.audit_event WHERE actor_id = '" + OFFICER.id() + "'";
        long rowsBefore = resources.count(officersRows);
        assertThat(call(OFFICER, "GET", "/internal/complaints?size=100", null).statusCode()).isEqualTo(200);
        assertThat(resources.count(officersRows)).isEqualTo(rowsBefore + 1);
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_id IS NULL AND record_type = 'complaint'"
                + " AND record_ids @> ARRAY['" + id + "','" + other + "']")).isEqualTo(1);

        assertThat(call(NEWHAM_OFFICER, "GET", "/internal/complaints/" + id, null).statusCode()).isEqualTo(404);
        assertThat(call(NEWHAM_OFFICER, "POST", "/internal/complaints/" + id + "/screen", "{\"text\":\"Nightingale House\"}").statusCode())
                .isEqualTo(404);
        assertThat(call(OFFICER, "GET", "/internal/complaints/" + id + "/audit", null).statusCode()).isEqualTo(403);
        assertThat(call(OFFICER, "GET", "/internal/complaints/" + id, null).statusCode()).isEqualTo(200);

        List<Map<String, Object>> trail = trail(id);
        assertThat(trail).anySatisfy(e -> assertThat(e).containsEntry("actorId", NEWHAM_OFFICER.id()).containsEntry("action", "READ")
                .containsEntry("refused", 404).containsEntry("route", "GET /internal/complaints/" + id));
        assertThat(trail).anySatisfy(e -> assertThat(e).containsEntry("actorId", NEWHAM_OFFICER.id()).containsEntry("action", "UPDATE")
                .containsEntry("refused", 404).containsEntry("route", "POST /internal/complaints/" + id + "/screen"));
        assertThat(trail).anySatisfy(e -> assertThat(e).containsEntry("actorId", OFFICER.id()).containsEntry("refused", 403)
                .containsEntry("route", "GET /internal/complaints/" + id + "/audit"));
        assertThat(trail).anySatisfy(e -> assertThat(e).containsEntry("actorId", OFFICER.id()).containsEntry("refused", null)
                .containsEntry("recordId", id).containsEntry("action", "READ"));
        assertThat(trail).anySatisfy(e -> assertThat(e).containsEntry("recordId", null).containsEntry("route", "GET /internal/complaints")
                .satisfies(list -> assertThat((List<Object>) list.get("recordIds")).contains(id, other)));
        assertThat(trail).anySatisfy(e -> assertThat(e).containsEntry("action", "CREATE").containsEntry("route", "POST /internal/complaints"));
        assertThat(trail.toString()).doesNotContain("Nightingale");
    }

    @Test
    void ofTenConcurrentEndingsExactlyOneWinsAndTheRestAreConflicts() throws Exception {
        String id = record("OTHER_PARENT", "NO");
        int calls = 10;
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String route = i % 2 == 0 ? "withdrawal" : "early-resolution";
            answers.add(pool.submit(() -> {
                start.await();
                return call(OFFICER, "POST", "/internal/complaints/" + id + "/" + route, "{\"reason\":\"Sorted with the team\"}").statusCode()
                        + " " + route;
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> answer : answers) {
            outcomes.add(answer.get());
        }
        pool.shutdown();
        List<String> won = outcomes.stream().filter(o -> o.startsWith("202")).toList();
        assertThat(won).as(outcomes.toString()).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.startsWith("409"))).as(outcomes.toString()).hasSize(calls - 1);

        String outcome = won.get(0).endsWith("withdrawal") ? "WITHDRAWN" : "RESOLVED_EARLY";
        eventually(() -> complaint(MANAGER, id), c -> c.get("closedAt") != null);
        assertThat(complaint(MANAGER, id)).containsEntry("outcome", outcome);
        assertThat(call(OFFICER, "POST", "/internal/complaints/" + id + "/withdrawal", "{\"reason\":\"Again\"}").statusCode()).isEqualTo(409);
        assertThat(trail(id).stream().filter(e -> "UPDATE".equals(e.get("action")) && OFFICER.id().equals(e.get("actorId"))))
                .singleElement().satisfies(e -> assertThat(changes(e)).containsExactly("ending: null -> " + outcome, "reason: null -> null"));
    }

    /** An entry's changes as "field: from -> to"; a sensitive field shows only its name, with null values. */
    private static List<String> changes(Map<String, Object> entry) {
        return ((List<?>) entry.get("changes")).stream().map(change -> (Map<?, ?>) change)
                .map(change -> change.get("field") + ": " + change.get("from") + " -> " + change.get("to")).toList();
    }

    private String record(String relationship, String personCausingHarm) throws Exception {
        var recorded = call(OFFICER, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"A Parent %s","complainantEmail":"parent@example.test",
                 "complainantRelationship":"%s","workers":["Sam Worker"],"team":"Hackney CIN 2",
                 "workerManager":{"name":"Team Manager","email":"team.manager@hackney.test"},"caseReference":"HAC-0001",
                 "about":"The social worker sided with the mother","complainantIsPersonCausingHarm":"%s",
                 "protectedDetails":[{"kind":"REFUGE","detail":"Nightingale House"}]}"""
                .formatted(LocalDate.now(clock.withZone(LONDON)), UUID.randomUUID(), relationship, personCausingHarm));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return (String) map(recorded).get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> complaint(Person person, String id) throws Exception {
        emails.deliver();
        var viewed = call(person, "GET", "/internal/complaints/" + id, null);
        assertThat(viewed.statusCode()).as(viewed.body()).isEqualTo(200);
        return (Map<String, Object>) map(viewed).get("complaint");
    }

    /** The complaint's audit trail, as its complaints manager reads it. */
    private List<Map<String, Object>> trail(String id) throws Exception {
        return items(call(MANAGER, "GET", "/internal/complaints/" + id + "/audit?size=100", null));
    }

    private void complete(Person person, Map<String, Object> task, String answers) {
        HttpResponse<String> completed = call(person, "POST", "/internal/tasks/" + task.get("key") + "/complete", answers);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    }
}
