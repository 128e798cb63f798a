package uk.stpartnership.workflow.complaints;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Recording, viewing, listing and screening complaints, with who may see what and the audit of every read. */
@MicronautTest(transactional = false)
class ComplaintsTest extends WorkflowServiceTest {

    static final Person HACKNEY_OFFICER = new Person("complaints-officer.hackney", "hackney", "COMPLAINTS_OFFICER");
    static final Person HACKNEY_MANAGER = new Person("complaints-manager.hackney", "hackney", "COMPLAINTS_MANAGER");
    static final Person NEWHAM_OFFICER = new Person("complaints-officer.newham", "newham", "COMPLAINTS_OFFICER");
    static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");
    static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    void aRecordedComplaintDoesNotEchoItsProtectedDetailsAndOnlyItsBoroughsTeamSeesIt() throws Exception {
        String complainant = uniqueName();
        var recorded = record(HACKNEY_OFFICER, complainant, "YES", today.minusDays(3), List.of("Sam Worker"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.body()).doesNotContain("Nightingale").doesNotContain("E8 3RH").doesNotContain("protectedDetails\":[");
        Map<String, Object> complaint = map(recorded);
        String id = (String) complaint.get("id");
        assertThat(complaint).containsEntry("borough", "hackney").containsEntry("reviewRequired", true)
                .containsEntry("stageReached", "RECEIVED").containsEntry("protectedDetails", 2)
                .containsEntry("workers", List.of("Sam Worker"));
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_type = 'complaint' AND action = 'CREATE'"
                + " AND record_id = '" + id + "'")).isEqualTo(1);

        for (Person outsider : List.of(NEWHAM_OFFICER, EVALUATOR, PRACTITIONER)) {
            var refused = call(outsider, "GET", "/internal/complaints/" + id, null);
            assertThat(refused.statusCode()).as(outsider.id()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Nightingale").doesNotContain(complainant);
            assertThat(call(outsider, "POST", "/internal/complaints/" + id + "/screen", "{\"text\":\"Nightingale House\"}").statusCode())
                    .isEqualTo(404);
        }
        assertThat(call(NEWHAM_OFFICER, "GET", "/internal/complaints?size=100", null).body()).doesNotContain(id);

        var viewed = call(HACKNEY_MANAGER, "GET", "/internal/complaints/" + id, null);
        assertThat(viewed.statusCode()).as(viewed.body()).isEqualTo(200);
        assertThat(viewed.body()).contains("Nightingale House").contains("E8 3RH");

        var listed = call(HACKNEY_OFFICER, "GET", "/internal/complaints?stage=RECEIVED&size=100", null);
        assertThat(items(listed)).extracting(item -> item.get("id")).contains(id);
        assertThat(listed.body()).doesNotContain("Nightingale");

        var screened = call(HACKNEY_OFFICER, "POST", "/internal/complaints/" + id + "/screen",
                "{\"text\":\"We contacted nightingale  house. There is parental conflict.\"}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(map(screened)).containsEntry("blocked", true)
                .containsEntry("matches", List.of(Map.of("kind", "REFUGE", "detail", "Nightingale House")))
                .containsEntry("warnings", List.of("parental conflict"));
        assertThat(call(HACKNEY_OFFICER, "POST", "/internal/complaints/" + id + "/screen", "{\"text\":\" \"}").statusCode()).isEqualTo(400);

        // The view, the list and the screening: every read of this complaint, by whom (the list as one entry naming it);
        // the outsiders' attempts as refused.
        String reads = "SELECT count(*) FROM workflow.audit_event WHERE action = 'READ' AND refused IS NULL AND about @> ARRAY['complaint:" + id + "']";
        assertThat(resources.count(reads + " AND actor_id = 'complaints-manager.hackney'")).isEqualTo(1);
        assertThat(resources.count(reads + " AND actor_id = 'complaints-officer.hackney'")).isEqualTo(2);
        assertThat(resources.count(reads + " AND actor_id = 'complaints-officer.hackney' AND record_id IS NULL AND record_ids @> ARRAY['" + id + "']"))
                .isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE about @> ARRAY['complaint:" + id + "']"
                + " AND actor_organisation <> 'hackney' AND refused IS NULL")).isZero();
        assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_id = '" + id + "' AND refused = 404")).isEqualTo(6);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String complainant = uniqueName();
        var refused = call(HACKNEY_OFFICER, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"%s","complainantRelationship":"OTHER",
                 "about":"  ","complainantIsPersonCausingHarm":"NO",
                 "protectedDetails":[{"kind":"SCHOOL","detail":"Oakfield Primary"},{"kind":"AREA","detail":""}]}"""
                .formatted(today, complainant));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(map(refused)).containsEntry("field", "about");
        assertThat(refused.body()).contains("protectedDetails[1].detail").doesNotContain("Oakfield");

        var future = record(HACKNEY_OFFICER, complainant, "NO", today.plusDays(2), List.of());
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(map(future)).containsEntry("field", "receivedOn");

        assertThat(record(PRACTITIONER, complainant, "NO", today, List.of()).statusCode()).isEqualTo(403);
        assertThat(resources.count("SELECT count(*) FROM workflow.complaint WHERE complainant_name = '" + complainant + "'")).isZero();
        assertThat(resources.count("SELECT count(*) FROM workflow.complaint_protected_detail WHERE detail = 'Oakfield Primary'")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theThirdComplaintWithinTwelveMonthsNeedsAReviewAndShowsTheEarlierOnesWithTheirWorkers() throws Exception {
        String complainant = uniqueName();
        var first = record(HACKNEY_OFFICER, complainant, "NO", today.minusMonths(16), List.of("Too Old"));
        var second = record(HACKNEY_OFFICER, complainant, "NO", today.minusMonths(8), List.of("Alex Worker"));
        var third = record(HACKNEY_OFFICER, complainant.toUpperCase() + "  ", "NO", today.minusMonths(3), List.of("Bea Worker", "Cal Worker"));
        assertThat(map(second)).containsEntry("reviewRequired", false);
        assertThat(map(third)).containsEntry("reviewRequired", false);
        // The same person in another borough does not count towards Hackney's.
        assertThat(map(record(NEWHAM_OFFICER, complainant, "NO", today.minusMonths(1), List.of()))).containsEntry("reviewRequired", false);

        var fourth = record(HACKNEY_MANAGER, complainant, "NO", today, List.of("Dee Worker"));
        assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(201);
        assertThat(map(fourth)).containsEntry("reviewRequired", true);

        String id = (String) map(fourth).get("id");
        var viewed = call(HACKNEY_OFFICER, "GET", "/internal/complaints/" + id, null);
        assertThat(viewed.statusCode()).as(viewed.body()).isEqualTo(200);
        List<Map<String, Object>> earlier = (List<Map<String, Object>>) map(viewed).get("earlierComplaints");
        assertThat(earlier).extracting(e -> e.get("id")).containsExactly(map(third).get("id"), map(second).get("id"));
        assertThat(earlier).extracting(e -> e.get("workers")).containsExactly(List.of("Bea Worker", "Cal Worker"), List.of("Alex Worker"));
        assertThat(earlier.toString()).doesNotContain("Too Old").doesNotContain(map(first).get("id").toString());
        // The complaint and the two earlier ones shown are each recorded as read.
        for (Object read : List.of(id, map(third).get("id"), map(second).get("id"))) {
            assertThat(resources.count("SELECT count(*) FROM workflow.audit_event WHERE record_type = 'complaint' AND action = 'READ'"
                    + " AND actor_id = 'complaints-officer.hackney' AND record_id = '" + read + "'")).isEqualTo(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluatorsGetCountsPerBoroughAndQuarterAndNothingThatNamesAnyone() throws Exception {
        String complainant = uniqueName();
        assertThat(record(HACKNEY_OFFICER, complainant, "NOT_KNOWN", today, List.of("Eve Worker")).statusCode()).isEqualTo(201);
        String path = "/internal/complaints/indicators?from=" + YearMonth.from(today).minusMonths(2) + "&to=" + YearMonth.from(today);

        var indicators = call(EVALUATOR, "GET", path, null);
        assertThat(indicators.statusCode()).as(indicators.body()).isEqualTo(200);
        assertThat(indicators.body()).doesNotContain(complainant).doesNotContain("Eve Worker").doesNotContain("Nightingale")
                .doesNotContain("CMP-");
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        List<Map<String, Object>> counts = (List<Map<String, Object>>) map(indicators).get("counts");
        assertThat(counts).anySatisfy(c -> assertThat(c).containsEntry("borough", "hackney").containsEntry("quarter", quarter)
                .containsEntry("dimension", "complainantRelationship").containsEntry("value", "PERSON_CAUSING_HARM"));
        assertThat(counts).anySatisfy(c -> assertThat(c).containsEntry("borough", "hackney").containsEntry("dimension", "reviewConclusion")
                .containsEntry("value", "PENDING"));
        assertThat(counts).allSatisfy(c -> assertThat(c).containsOnlyKeys("borough", "quarter", "dimension", "value", "complaints", "shown"));

        assertThat(call(PRACTITIONER, "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(call(HACKNEY_OFFICER, "GET", path, null).statusCode()).isEqualTo(404);
        var bad = call(EVALUATOR, "GET", "/internal/complaints/indicators?from=2026-13&to=2026-01", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(map(bad)).containsEntry("field", "from");
    }

    private java.net.http.HttpResponse<String> record(Person person, String complainant, String personCausingHarm, LocalDate receivedOn,
                                                      List<String> workers) {
        String workerList = workers.stream().map(w -> "\"" + w + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return call(person, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"%s","complainantContact":"someone@example.org",
                 "complainantRelationship":"PERSON_CAUSING_HARM","workers":[%s],"team":"Assessment team 2",
                 "caseReference":"HK-2026-0042","about":"The social worker is on the mother's side.",
                 "complainantIsPersonCausingHarm":"%s",
                 "protectedDetails":[{"kind":"REFUGE","detail":"Nightingale House"},{"kind":"ADDRESS","detail":"14 Mare Street, London E8 3RH"}]}"""
                .formatted(receivedOn, complainant, workerList, personCausingHarm));
    }

    private static String uniqueName() {
        // Six letters, like a name, whatever the UUID holds (keeping only its a-f could leave fewer than six).
        StringBuilder name = new StringBuilder("Mark ");
        UUID.randomUUID().toString().replace("-", "").chars().limit(6).forEach(hex -> name.append((char) ('a' + Character.digit(hex, 16))));
        return name.toString();
    }
}
