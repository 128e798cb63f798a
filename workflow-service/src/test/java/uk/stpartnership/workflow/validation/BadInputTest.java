package uk.stpartnership.workflow.validation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route that takes a body, sent a wrong type and a wrong value: 400, problem+json naming the field by its path
 * and saying what is allowed, and nothing stored. Also the page caps, NUL characters and 403 before validation.
 */
@MicronautTest(transactional = false)
class BadInputTest extends WorkflowServiceTest {

    static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    static final Person COMPLAINTS_MANAGER = new Person("complaints-manager.hackney", "hackney", "COMPLAINTS_MANAGER");
    static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");
    static final Person EVALUATOR = new Person("evaluator.respect", "respect", "EVALUATOR");

    static final String SERIES = """
            {"title":"Steering","group":"%s","cadence":{"kind":"MONTHLY","weekOfMonth":1,"weekday":"%s"},"startTime":"10:00",
             "durationMinutes":%s,"location":"Town hall","chair":"project-manager.respect","organisation":"respect",
             "members":[{"person":"project-manager.respect"}],"agendaCallWorkingDays":5,"papersWorkingDays":3,
             "minutesApprovalWorkingDays":5}""";
    static final String COMPLAINT = """
            {"receivedOn":%s,"channel":"%s","complainantRelationship":"OTHER_PARENT","about":"Late visit",
             "complainantIsPersonCausingHarm":"NO","protectedDetails":[{"kind":"%s","detail":"Nightingale House"}]}""";

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    /**
     * Route, who sends it, a body, the field the answer must name and what its detail must say. A complaint's routes
     * read the body after finding the complaint and the person's right to act on it: they are sent about a real one.
     */
    Stream<Arguments> badBodies() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> recorded = call(COMPLAINTS_MANAGER, "POST", "/internal/complaints",
                COMPLAINT.formatted("\"2026-11-02\"", "EMAIL", "REFUGE"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String complaint = (String) map(recorded).get("id");
        return Stream.of(
                Arguments.of("POST", "/internal/consultations", PRACTITIONER,
                        "{\"caseReference\":[\"a\"],\"practitionerRole\":\"Social worker\",\"helpWanted\":\"Advice\"}", "caseReference", "must be text"),
                Arguments.of("POST", "/internal/consultations", PRACTITIONER,
                        "{\"caseReference\":\"HK-1\",\"practitionerRole\":true,\"helpWanted\":123}", "practitionerRole", "must be text"),
                Arguments.of("POST", "/internal/actions/" + id + "/due-date", PROJECT_MANAGER,
                        "{\"dueDate\":12345,\"reason\":\"Moved\"}", "dueDate", "must be a date like 2026-11-24"),
                Arguments.of("POST", "/internal/actions/" + id + "/due-date", PROJECT_MANAGER,
                        "{\"dueDate\":\"2026-12-01\",\"reason\":123}", "reason", "must be text"),
                Arguments.of("POST", "/internal/complaints", COMPLAINTS_MANAGER,
                        COMPLAINT.formatted("\"01/12/2026\"", "EMAIL", "REFUGE"), "receivedOn", "must be a date like 2026-11-24"),
                Arguments.of("POST", "/internal/complaints", COMPLAINTS_MANAGER,
                        COMPLAINT.formatted("12345", "EMAIL", "REFUGE"), "receivedOn", "must be a date like 2026-11-24"),
                Arguments.of("POST", "/internal/complaints", COMPLAINTS_MANAGER,
                        COMPLAINT.formatted("\"2026-11-02\"", "PIGEON", "REFUGE"), "channel", "must be one of: "),
                Arguments.of("POST", "/internal/complaints", COMPLAINTS_MANAGER,
                        COMPLAINT.formatted("\"2026-11-02\"", "EMAIL", "HOUSE"), "protectedDetails[0].kind", "must be one of: AREA, ADDRESS, REFUGE"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/screen", COMPLAINTS_MANAGER,
                        "{\"text\":[\"a\"]}", "text", "must be text"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/screen", COMPLAINTS_MANAGER,
                        "{\"text\":\"Nightingale\\u0000House\"}", "text", "must not contain a NUL character"),
                Arguments.of("PUT", "/internal/complaints/" + complaint + "/assignments", COMPLAINTS_MANAGER,
                        "{\"reviewerId\":123}", "reviewerId", "must be text"),
                Arguments.of("PUT", "/internal/complaints/" + complaint + "/assignments", COMPLAINTS_MANAGER,
                        "[\"reviewerId\"]", "body", "must be an object"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/stage2-request", COMPLAINTS_MANAGER,
                        "{\"requestedOn\":true}", "requestedOn", "must be a date like 2026-11-24"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/stage3-request", COMPLAINTS_MANAGER,
                        "{\"requestedOn\":\"2026-13-01\"}", "requestedOn", "must be a date like 2026-11-24"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/withdrawal", COMPLAINTS_MANAGER,
                        "{\"reason\":{\"text\":\"x\"}}", "reason", "must be text"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/early-resolution", COMPLAINTS_MANAGER,
                        "{\"reason\":false}", "reason", "must be text"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/ombudsman-enquiries", COMPLAINTS_MANAGER,
                        "{\"reference\":1,\"receivedOn\":\"2026-11-02\"}", "reference", "must be text"),
                Arguments.of("POST", "/internal/complaints/" + complaint + "/ombudsman-enquiries", COMPLAINTS_MANAGER,
                        "{\"reference\":\"LG-1\",\"receivedOn\":\"2026-11-02\",\"decision\":\"MAYBE\"}", "decision", "must be one of: "),
                Arguments.of("POST", "/internal/meetings/" + id + "/agenda-items", PROJECT_MANAGER,
                        "{\"title\":\"Budget\",\"purpose\":\"GOSSIP\"}", "purpose", "must be one of: "),
                Arguments.of("POST", "/internal/meetings/" + id + "/agenda-items", PROJECT_MANAGER,
                        "{\"title\":\"Budget\",\"purpose\":\"DECISION\",\"papers\":[\"https://x.test/a\",7]}", "papers[1]", "must be text"),
                Arguments.of("POST", "/internal/meetings/" + id + "/move", PROJECT_MANAGER,
                        "{\"date\":\"tomorrow\",\"startTime\":\"10:00\",\"reason\":\"Clash\"}", "date", "must be a date like 2026-11-24"),
                Arguments.of("POST", "/internal/meetings/" + id + "/move", PROJECT_MANAGER,
                        "{\"date\":\"2026-12-01\",\"startTime\":1000,\"reason\":\"Clash\"}", "startTime", "must be text"),
                Arguments.of("POST", "/internal/meeting-series", PROJECT_MANAGER,
                        SERIES.formatted("STEERING", "FUNDAY", "60"), "cadence.weekday", "must be one of: MONDAY, TUESDAY"),
                Arguments.of("POST", "/internal/meeting-series", PROJECT_MANAGER,
                        SERIES.formatted("STEERING", "MONDAY", "1.5"), "durationMinutes", "must be a whole number"),
                Arguments.of("PUT", "/internal/meeting-series/" + id, PROJECT_MANAGER,
                        SERIES.formatted("BOOK_CLUB", "MONDAY", "60"), "group", "must be one of: "),
                Arguments.of("PUT", "/internal/meeting-series/" + id, PROJECT_MANAGER,
                        SERIES.formatted("STEERING", "MONDAY", "\"60\""), "durationMinutes", "must be a whole number"),
                Arguments.of("POST", "/internal/tasks/1/complete", PROJECT_MANAGER,
                        "{\"notes\":[\"held\",\"a\\u0000b\"]}", "notes[1]", "must not contain a NUL character"),
                Arguments.of("POST", "/internal/tasks/1/complete", PROJECT_MANAGER,
                        "[\"held\"]", "body", "must be an object"));
    }

    @ParameterizedTest(name = "{0} {1}: {4}")
    @MethodSource("badBodies")
    void aWrongTypeOrValueNamesTheFieldAndStoresNothing(String method, String path, Person person, String body, String field,
                                                        String detail) throws Exception {
        long stored = storedRows();
        HttpResponse<String> answer = call(person, method, path, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Map<String, Object> problem = map(answer);
        assertThat(problem).containsEntry("field", field);
        assertThat((List<?>) problem.get("errors")).first().asString().contains(detail);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("uk.stpartnership");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void everyBadValueOfABodyIsNamedAtOnce() throws Exception {
        HttpResponse<String> answer = call(COMPLAINTS_MANAGER, "POST", "/internal/complaints",
                COMPLAINT.formatted("\"01/12/2026\"", "PIGEON", "HOUSE"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) map(answer).get("errors")).extracting(error -> error.get("field"))
                .containsExactly("receivedOn", "channel", "protectedDetails[0].kind");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() throws Exception {
        HttpResponse<String> answer = call(COMPLAINTS_MANAGER, "POST", "/internal/complaints", "{\"receivedOn\":");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(map(answer)).containsEntry("field", "body");
    }

    @Test
    void pagesAreCappedSoPageTimesSizeCannotOverflow() throws Exception {
        for (String path : List.of("/internal/complaints?page=21474837&size=100", "/internal/meeting-series?page=21474837&size=100",
                "/internal/tasks?page=21474837&size=100", "/internal/decisions?page=10001")) {
            HttpResponse<String> answer = call(PROJECT_MANAGER, "GET", path, null);
            assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(400);
            assertThat(map(answer)).containsEntry("field", "page");
            assertThat(answer.body()).contains("between 0 and 10000");
        }
        HttpResponse<String> decisionsPage = call(PROJECT_MANAGER, "GET", "/internal/steering/overview?decisionsPage=21474837", null);
        assertThat(decisionsPage.statusCode()).isEqualTo(400);
        assertThat(map(decisionsPage)).containsEntry("field", "decisionsPage");
        HttpResponse<String> size = call(PROJECT_MANAGER, "GET", "/internal/complaints?size=2147483647", null);
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(map(size)).containsEntry("field", "size");
        assertThat(call(PROJECT_MANAGER, "GET", "/internal/meeting-series?page=10000&size=100", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aNulCharacterInAQueryIsRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> answer = call(PROJECT_MANAGER, "GET", "/internal/decisions?q=%00", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(map(answer)).containsEntry("field", "q");
        assertThat(answer.body()).contains("NUL");
    }

    @Test
    void aRoleThatMayNotRequestAConsultationIsRefusedBeforeItsBodyIsRead() throws Exception {
        assertThat(call(EVALUATOR, "POST", "/internal/consultations", null).statusCode()).isEqualTo(403);
        assertThat(call(EVALUATOR, "POST", "/internal/consultations", "{}").statusCode()).isEqualTo(403);
        assertThat(call(EVALUATOR, "POST", "/internal/consultations", "{\"caseReference\":[\"a\"],\"helpWanted\":123}").statusCode())
                .as("a wrongly typed body").isEqualTo(403);
        assertThat(call(EVALUATOR, "POST", "/internal/consultations", "not json").statusCode()).as("a body that is not JSON").isEqualTo(403);
        HttpResponse<String> empty = call(PRACTITIONER, "POST", "/internal/consultations", null);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(map(empty)).containsEntry("field", "body");
        HttpResponse<String> blank = call(PRACTITIONER, "POST", "/internal/consultations", "{}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("caseReference").contains("helpWanted");
    }

    @Test
    void aRoleThatMayNotUseAComplaintRouteIsRefusedBeforeItsBodyIsRead() {
        assertThat(call(EVALUATOR, "POST", "/internal/complaints", COMPLAINT.formatted("12345", "PIGEON", "HOUSE")).statusCode())
                .isEqualTo(403);
        assertThat(call(PRACTITIONER, "POST", "/internal/complaints", "not json").statusCode()).isEqualTo(403);
        // A complaint the person may not see is not found, whatever the body.
        String elsewhere = "/internal/complaints/" + UUID.randomUUID();
        assertThat(call(PRACTITIONER, "POST", elsewhere + "/withdrawal", "{\"reason\":false}").statusCode()).isEqualTo(404);
        assertThat(call(PRACTITIONER, "POST", elsewhere + "/stage2-request", "{\"requestedOn\":true}").statusCode()).isEqualTo(404);
        assertThat(call(PRACTITIONER, "PUT", elsewhere + "/assignments", "[\"reviewerId\"]").statusCode()).isEqualTo(404);
        assertThat(call(PRACTITIONER, "POST", elsewhere + "/screen", "{\"text\":[\"a\"]}").statusCode()).isEqualTo(404);
        assertThat(call(PRACTITIONER, "POST", elsewhere + "/ombudsman-enquiries", "{\"receivedOn\":1}").statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongContentTypeIs415() {
        HttpResponse<String> answer = resources.callWithContentType(server.getURI(), PRACTITIONER, "POST", "/internal/consultations",
                "text/plain", "caseReference=HK-1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
    }

    private long storedRows() {
        return resources.count("SELECT (SELECT count(*) FROM workflow.complaint) + (SELECT count(*) FROM workflow.consultation_request)"
                + " + (SELECT count(*) FROM workflow.meeting_series) + (SELECT count(*) FROM workflow.agenda_item)"
                + " + (SELECT count(*) FROM workflow.complaint_ombudsman_enquiry) + (SELECT count(*) FROM workflow.action_history)"
                + " + (SELECT count(*) FROM workflow.audit_event)");
    }
}
