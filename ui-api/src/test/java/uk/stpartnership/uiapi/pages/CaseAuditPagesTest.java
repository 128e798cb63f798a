package uk.stpartnership.uiapi.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.uiapi.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case-audit pages with a stand-in workflow-service answering as the real one does (its rules are tested in
 * workflow-service): the rounds and the tool, planning a round with the API's refusals on their inputs, a round's
 * sample seen whole by its lead and only their own cases by an auditor, the 404 an evaluator gets, and the cohort
 * upload: a file sent as its text, a refused file's error on the file input, a file too large never sent.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuditPagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final String SAMPLED = "5d0c1b8e-3d4a-4e5f-9a0b-1c2d3e4f5a01";
    private static final String PLANNED = "5d0c1b8e-3d4a-4e5f-9a0b-1c2d3e4f5a02";
    private static final String TOOL = "7a0c1b8e-3d4a-4e5f-9a0b-1c2d3e4f5a03";
    private static final String TOOL_2 = "7a0c1b8e-3d4a-4e5f-9a0b-1c2d3e4f5a04";
    private static final String CASE_1 = """
            {"caseReference":"HK-2022-0001","team":"Assessment team 2","workerTraining":"CHAMPION","closedOn":null,
             "auditor":"champion.hackney","moderator":"borough-lead.hackney"}""";
    private static final String CASE_2 = """
            {"caseReference":"HK-2022-0002","team":null,"workerTraining":"NOT_TRAINED","closedOn":"2022-06-30",
             "auditor":"practitioner.hackney","moderator":null}""";

    private static final String DECISION = "9e0c1b8e-3d4a-4e5f-9a0b-1c2d3e4f5a05";
    private static final String DECISIONS = """
            {"items":[{"id":"%s","decidedOn":"2027-12-14","group":"STEERING","meetingId":"9e0c1b8e-3d4a-4e5f-9a0b-1c2d3e4f5a06",
             "meetingTitle":"Steering group","organisation":"respect","wording":"No follow-up audit in Hackney this year",
             "rationale":null,"status":"OPEN","supersedes":null,"supersededBy":null,"actions":[]}],"page":0,"size":30,"total":1}"""
            .formatted(DECISION);

    private final HttpServer workflow = startWorkflow();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Inject
    EmbeddedServer server;

    private PageClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.local());
        properties.put("platform.workflow-service-url", "http://127.0.0.1:" + workflow.getAddress().getPort());
        return properties;
    }

    @BeforeEach
    void client() {
        client = new PageClient(server.getURI());
        sent.clear();
    }

    @AfterAll
    void stopWorkflow() {
        workflow.stop(0);
    }

    @Test
    void theListShowsTheRoundsWithTheirBoroughsAndOffersPlanningToTheLeadOnly() {
        HttpResponse<String> list = client.get("/audits", client.signIn("implementation-lead.hackney", PASSWORD));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<a class=\"govuk-service-navigation__link\" href=\"/audits\" aria-current=\"true\">",
                "href=\"/audits/rounds/" + SAMPLED + "\">CA-hackney-2026-1</a>", "Hackney", "Baseline", "Sample drawn", "30 June 2027",
                "1 round, newest first", "href=\"/audits/rounds/new\"", "href=\"/audits/tools\"", "href=\"/audits/summary\"");

        HttpResponse<String> forTheAuditor = client.get("/audits", client.signIn("practitioner.hackney", PASSWORD));
        assertThat(forTheAuditor.body()).contains("CA-hackney-2026-1", "Case audits")
                .doesNotContain("href=\"/audits/rounds/new\"", "href=\"/audits/summary\"");
    }

    @Test
    void theToolShowsItsVersionsAndEachVersionsCriteriaWithWhatTheyContinue() {
        String session = client.signIn("evaluator.respect", PASSWORD);
        HttpResponse<String> tools = client.get("/audits/tools", session);
        assertThat(tools.statusCode()).isEqualTo(200);
        assertThat(tools.body()).contains("href=\"/audits/tools/" + TOOL_2 + "\">Safe &amp; Together case audit, version 2</a>",
                "Safe &amp; Together case audit, version 1", "Project manager, Respect");

        HttpResponse<String> first = client.get("/audits/tools/" + TOOL, session);
        assertThat(first.body()).contains("Safe &amp; Together case audit, version 1", "Harm is described through the perpetrator",
                "The impact on the child is described").doesNotContain("Continues");
        HttpResponse<String> second = client.get("/audits/tools/" + TOOL_2, session);
        assertThat(second.body()).contains("Continues", "Criterion 1 of version 1", "New in this version", "Made from");
    }

    @Test
    void thePlanFormOffersThePurposesTheEarlierRoundsAndTheDates() {
        HttpResponse<String> form = client.get("/audits/rounds/new", client.signIn("implementation-lead.hackney", PASSWORD));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"purpose\" type=\"radio\" value=\"BASELINE\"", "value=\"FOLLOW_UP\"",
                "<select class=\"govuk-select\" id=\"follows\" name=\"follows\"", "<option value=\"" + SAMPLED + "\">CA-hackney-2026-1",
                "name=\"dueOn-day\"", "name=\"followUpDueOn-year\"", "name=\"byTeam\"", "id=\"auditors\"")
                .as("a lead's round takes their own borough's cases").doesNotContain("name=\"boroughs\"");

        HttpResponse<String> forAProjectManager = client.get("/audits/rounds/new", client.signIn("project-manager.respect", PASSWORD));
        assertThat(forAProjectManager.body()).contains("name=\"boroughs\" type=\"checkbox\" value=\"waltham-forest\"");
        HttpResponse<String> forAnAuditor = client.get("/audits/rounds/new", client.signIn("practitioner.hackney", PASSWORD));
        assertThat(forAnAuditor.statusCode()).isEqualTo(403);
        assertThat(forAnAuditor.body()).contains("You cannot do this");
    }

    @Test
    void aRefusedPlanComesBackWithEachErrorOnItsInputTheAnswersKeptAndNothingPlanned() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/new", session).body());
        Map<String, String> form = new HashMap<>(Map.of("csrf", csrf, "purpose", "FOLLOW_UP", "cohortDescription", "Closed April to June 2022",
                "auditors", "champion.hackney\r\nsomeone.elsewhere", "moderators", "borough-lead.hackney"));
        form.putAll(Map.of("dueOn-day", "1", "dueOn-month", "1", "dueOn-year", "2020"));

        HttpResponse<String> refused = client.post("/audits/rounds/new", form, session);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "Error: Plan an audit round", "href=\"#follows\"", "Select the round it follows",
                "href=\"#auditors\"", "Auditor someone.elsewhere must be a person of the round's boroughs in the directory",
                "href=\"#dueOn-day\"", "The day the round is due must be after today", "Closed April to June 2022", "someone.elsewhere",
                "value=\"2020\"").doesNotContain("Exception");
        assertThat(refused.body().indexOf("href=\"#follows\"")).as("the summary in the form's order")
                .isLessThan(refused.body().indexOf("href=\"#auditors\"")).isLessThan(refused.body().indexOf("href=\"#dueOn-day\""));
        assertThat(sent).singleElement().satisfies(body -> assertThat(body).contains("\"auditors\":[\"champion.hackney\",\"someone.elsewhere\"]",
                "\"dueOn\":\"2020-01-01\"", "\"byTeam\":false", "\"purpose\":\"FOLLOW_UP\""));
    }

    @Test
    void aDateThatIsNoneIsSaidSoOnItsInputAndTheApiNeverStoresIt() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/new", session).body());
        Map<String, String> form = new HashMap<>(Map.of("csrf", csrf, "purpose", "BASELINE", "cohortDescription", "Closed April to June 2022",
                "auditors", "champion.hackney", "moderators", "borough-lead.hackney", "sampleSize", "fifteen"));
        form.putAll(Map.of("dueOn-day", "31", "dueOn-month", "2", "dueOn-year", "2030"));

        HttpResponse<String> refused = client.post("/audits/rounds/new", form, session);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The day the round is due must be a real date, like 27 3 2027",
                "The sample size must be a whole number, like 15");
        assertThat(sent).singleElement().satisfies(body -> assertThat(body).contains("\"dueOn\":\"31/2/2030\"", "\"sampleSize\":\"fifteen\""));
    }

    @Test
    void aPlannedRoundGoesToItsPageToUploadItsCohort() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/new", session).body());
        Map<String, String> form = new HashMap<>(Map.of("csrf", csrf, "purpose", "BASELINE", "cohortDescription", "Closed April to June 2022",
                "auditors", "champion.hackney, practitioner.hackney", "moderators", "borough-lead.hackney\nchampion.hackney", "byTeam", "true"));
        form.putAll(Map.of("dueOn-day", "30", "dueOn-month", "6", "dueOn-year", "2027", "sampleSize", "12"));

        HttpResponse<String> planned = client.post("/audits/rounds/new", form, session);

        assertThat(planned.statusCode()).isEqualTo(303);
        assertThat(planned.headers().firstValue("Location")).hasValue("/audits/rounds/" + PLANNED + "?planned=true");
        assertThat(sent).singleElement().satisfies(body -> assertThat(body).contains(
                "\"auditors\":[\"champion.hackney\",\"practitioner.hackney\"]", "\"moderators\":[\"borough-lead.hackney\",\"champion.hackney\"]",
                "\"dueOn\":\"2027-06-30\"", "\"followUpDueOn\":null", "\"byTeam\":true", "\"sampleSize\":12"));
        HttpResponse<String> page = client.get("/audits/rounds/" + PLANNED + "?planned=true", session);
        assertThat(page.body()).contains("The round is planned", "enctype=\"multipart/form-data\"", "class=\"govuk-file-upload\"",
                "Planned: waiting for its cohort", "Champion, Hackney; Practitioner, Hackney", "Borough lead, Hackney")
                .doesNotContain("/findings\"");
    }

    @Test
    void theLeadSeesTheWholeSampleWithItsAuditorsAndModeratorsByName() {
        HttpResponse<String> page = client.get("/audits/rounds/" + SAMPLED, client.signIn("implementation-lead.hackney", PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("CA-hackney-2026-1", "The sample", "2 cases, by case reference", "HK-2022-0001", "Assessment team 2",
                "HK-2022-0002", "Not trained", "Champion, Hackney", "Practitioner, Hackney", "Borough lead, Hackney", "Not moderated",
                "from a cohort of 40 cases", "href=\"/audits/tools/" + TOOL + "\"", "href=\"/audits/rounds/" + SAMPLED + "/findings\"",
                "Not started by 31 December 2027: raised with the steering group, on the agenda of the Steering group meeting on 12 January 2028")
                .doesNotContain("type=\"file\"");
        assertThat(sent).isEmpty();
    }

    @Test
    void anAuditorSeesOnlyTheirOwnCases() {
        HttpResponse<String> page = client.get("/audits/rounds/" + SAMPLED, client.signIn("practitioner.hackney", PASSWORD));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your cases", "1 case, by case reference", "HK-2022-0002").doesNotContain("HK-2022-0001", "The sample<");
    }

    @Test
    void anEvaluatorIsToldTheRoundDoesNotExist() {
        HttpResponse<String> page = client.get("/audits/rounds/" + SAMPLED, client.signIn("evaluator.respect", PASSWORD));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("HK-2022");
    }

    @Test
    void theCohortFileGoesAsItsTextAndTheSampleIsDrawn() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/" + PLANNED, session).body());
        byte[] file = "case_reference,team\nHK-2022-0001,Assessment team 2\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> uploaded = client.postFile("/audits/rounds/" + PLANNED + "/cohort", Map.of("csrf", csrf), "file", "cohort.csv", file, session);

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location")).hasValue("/audits/rounds/" + PLANNED + "?uploaded=true");
        assertThat(sent).containsExactly("POST /internal/audits/rounds/" + PLANNED + "/cohort {\"file\":\"case_reference,team\\nHK-2022-0001,Assessment team 2\\n\"}");
    }

    @Test
    void aRefusedFileComesBackWithTheApisErrorNamingTheColumnOnTheFileInput() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/" + PLANNED, session).body());
        byte[] file = "case_reference,Child's name\nHK-2022-0001,Someone\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = client.postFile("/audits/rounds/" + PLANNED + "/cohort", Map.of("csrf", csrf), "file", "cohort.csv", file, session);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#file\"", "govuk-file-upload--error",
                "The file's column 'Child's name' is about a person").doesNotContain("Someone");
    }

    @Test
    void aFileOfTenMegabytesIsRefusedOnItsInputWithoutBeingSent() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/" + PLANNED, session).body());

        HttpResponse<String> refused = client.postFile("/audits/rounds/" + PLANNED + "/cohort", Map.of("csrf", csrf), "file", "cohort.csv",
                new byte[10 * 1024 * 1024], session);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#file\"", "The file must be smaller than 10 MB");
        assertThat(sent).isEmpty();
    }

    @Test
    void noFileChosenSaysSoAndAnUploadWithoutTheFormsTokenIsRefused() {
        String session = client.signIn("implementation-lead.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/audits/rounds/" + PLANNED, session).body());

        HttpResponse<String> none = client.postFile("/audits/rounds/" + PLANNED + "/cohort", Map.of("csrf", csrf), "file", "", new byte[0], session);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Select the cohort file");

        HttpResponse<String> forged = client.postFile("/audits/rounds/" + PLANNED + "/cohort", Map.of("csrf", "not-the-token"), "file", "cohort.csv",
                "case_reference\nHK-1\n".getBytes(StandardCharsets.UTF_8), session);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(sent).isEmpty();
    }

    @Test
    void aProjectManagerCancelsAMissedFollowUpByTheSteeringGroupsDecision() {
        String session = client.signIn("project-manager.respect", PASSWORD);
        assertThat(client.get("/audits/rounds/" + SAMPLED, session).body())
                .contains("href=\"/audits/rounds/" + SAMPLED + "/follow-up/cancellation\"");
        assertThat(client.get("/audits/rounds/" + SAMPLED, client.signIn("implementation-lead.hackney", PASSWORD)).body())
                .doesNotContain("/follow-up/cancellation");
        HttpResponse<String> form = client.get("/audits/rounds/" + SAMPLED + "/follow-up/cancellation", session);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Cancel its follow-up", "value=\"" + DECISION + "\"",
                "14 December 2027: No follow-up audit in Hackney this year");
        String csrf = PageClient.csrf(form.body());

        HttpResponse<String> none = client.post("/audits/rounds/" + SAMPLED + "/follow-up/cancellation", Map.of("csrf", csrf), session);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("href=\"#decisionId\"", "decision to cancel the follow-up");
        HttpResponse<String> refused = client.post("/audits/rounds/" + SAMPLED + "/follow-up/cancellation",
                Map.of("csrf", csrf, "decisionId", "not-a-decision"), session);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The decision is not a decision of the decision log");
        assertThat(sent).hasSize(1);

        HttpResponse<String> cancelled = client.post("/audits/rounds/" + SAMPLED + "/follow-up/cancellation",
                Map.of("csrf", csrf, "decisionId", DECISION), session);
        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(cancelled.headers().firstValue("Location")).hasValue("/audits/rounds/" + SAMPLED);
        assertThat(sent).last().isEqualTo("POST /internal/audits/rounds/" + SAMPLED + "/follow-up/cancellation {\"decisionId\":\"" + DECISION + "\"}");
    }

    @Test
    void onlyAProjectManagerOpensTheCancellation() {
        assertThat(client.get("/audits/rounds/" + SAMPLED + "/follow-up/cancellation", client.signIn("implementation-lead.hackney", PASSWORD))
                .statusCode()).isEqualTo(403);
        assertThat(client.get("/audits/rounds/" + SAMPLED + "/follow-up/cancellation", client.signIn("evaluator.respect", PASSWORD))
                .statusCode()).isEqualTo(404);
    }

    /** workflow-service as the pages call it: an evaluator sees no round, an auditor their own cases, a lead the whole sample. */
    private HttpServer startWorkflow() {
        try {
            HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePort.find()), 0);
            stub.createContext("/internal/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (exchange.getRequestMethod().equals("POST")) {
                    sent.add("POST " + path + " " + body);
                }
                String actor = exchange.getRequestHeaders().getFirst("X-Actor-Id");
                String roles = exchange.getRequestHeaders().getFirst("X-Actor-Roles");
                if (path.equals("/internal/tasks")) {
                    answer(exchange, 200, "{\"items\":[],\"page\":0,\"size\":1,\"total\":0,\"moreThanTotal\":false}");
                } else if (path.equals("/internal/audits/tools")) {
                    answer(exchange, 200, "{\"items\":[" + tool(TOOL_2) + "," + tool(TOOL) + "],\"page\":0,\"size\":20,\"total\":2}");
                } else if (path.equals("/internal/decisions")) {
                    answer(exchange, 200, exchange.getRequestURI().getQuery().contains("group=STEERING") ? DECISIONS
                            : "{\"items\":[],\"page\":0,\"size\":30,\"total\":0}");
                } else if (path.equals("/internal/audits/rounds/" + SAMPLED + "/follow-up/cancellation")) {
                    if (body.contains("not-a-decision")) {
                        answer(exchange, 400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The request is not valid\","
                                + "\"field\":\"decisionId\",\"errors\":[{\"field\":\"decisionId\",\"detail\":\"is not a decision of the decision log\"}]}");
                    } else {
                        answer(exchange, 200, round(SAMPLED, "SAMPLED", ""));
                    }
                } else if (path.startsWith("/internal/audits/tools/")) {
                    answer(exchange, 200, tool(path.substring(path.lastIndexOf('/') + 1)));
                } else if (roles.contains("EVALUATOR")) {
                    answer(exchange, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Audit round not found\"}");
                } else if (path.equals("/internal/audits/rounds") && exchange.getRequestMethod().equals("POST")) {
                    if (body.contains("someone.elsewhere")) {
                        answer(exchange, 400, """
                                {"title":"Bad Request","status":400,"detail":"The request is not valid","field":"follows","errors":[
                                 {"field":"follows","detail":"a follow-up names the round it follows"},
                                 {"field":"dueOn","detail":"must be after today"},
                                 {"field":"auditors[1]","detail":"must be a person of the round's boroughs in the directory"}]}""");
                    } else if (body.contains("31/2/2030")) {
                        answer(exchange, 400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"dueOn is not a valid value\","
                                + "\"field\":\"dueOn\",\"errors\":[{\"field\":\"dueOn\",\"detail\":\"is not a valid value\"}]}");
                    } else {
                        answer(exchange, 201, round(PLANNED, "PLANNED", ""));
                    }
                } else if (path.equals("/internal/audits/rounds")) {
                    answer(exchange, 200, "{\"items\":[" + round(SAMPLED, "SAMPLED", "")
                            + "],\"page\":0,\"size\":20,\"total\":1}");
                } else if (path.equals("/internal/audits/rounds/" + SAMPLED)) {
                    answer(exchange, 200, round(SAMPLED, "SAMPLED", actor.equals("practitioner.hackney") ? CASE_2 : CASE_1 + "," + CASE_2));
                } else if (path.equals("/internal/audits/rounds/" + PLANNED)) {
                    answer(exchange, 200, round(PLANNED, "PLANNED", ""));
                } else if (path.equals("/internal/audits/rounds/" + PLANNED + "/cohort")) {
                    if (body.contains("name")) {
                        answer(exchange, 400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The request is not valid\",\"field\":\"file\","
                                + "\"errors\":[{\"field\":\"file\",\"detail\":\"column 'Child's name' is about a person: audits work on case"
                                + " references, never on people. Take the column out and upload the file again\"}]}");
                    } else {
                        answer(exchange, 200, round(PLANNED, "SAMPLED", CASE_1));
                    }
                } else {
                    answer(exchange, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Not found\"}");
                }
            });
            stub.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String round(String id, String status, String cases) {
        return """
                {"id":"%s","reference":"CA-hackney-2026-1","borough":"hackney","boroughs":["hackney"],"purpose":"BASELINE","follows":null,
                 "cohortDescription":"Closed to CSC April to June 2022, DA a factor","sampleSize":2,"byTeam":false,"toolId":"%s",
                 "dueOn":"2027-06-30","followUpDueOn":"2028-06-30","seed":42,"status":"%s","plannedBy":"implementation-lead.hackney",
                 "plannedAt":"2026-12-01T10:00:00Z","sampledAt":%s,"auditors":["champion.hackney","practitioner.hackney"],
                 "moderators":["borough-lead.hackney"],"cohortSize":%d,"cases":[%s],
                 "followUp":{"status":"MISSED","dueOn":"2027-12-31","startedAs":null,"missedSince":"2027-12-31",
                  "onAgendaOf":"Steering group meeting on 12 January 2028","cancelledAt":null}}"""
                .formatted(id, TOOL, status, status.equals("PLANNED") ? "null" : "\"2026-12-02T10:00:00Z\"", status.equals("PLANNED") ? 0 : 40, cases);
    }

    private static String tool(String id) {
        boolean second = id.equals(TOOL_2);
        return """
                {"id":"%s","name":"Safe & Together case audit","version":%d,"basedOn":%s,"madeBy":"project-manager.respect",
                 "madeAt":"2026-11-01T10:00:00Z","criteria":[
                  {"id":"%s","position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour","correspondsTo":%s},
                  {"id":"%s","position":2,"wording":"The impact on the child is described","correspondsTo":null}]}"""
                .formatted(id, second ? 2 : 1, second ? "\"" + TOOL + "\"" : "null", second ? "c2-1" : "c1-1", second ? "\"c1-1\"" : "null",
                        second ? "c2-2" : "c1-2");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
