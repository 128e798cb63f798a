package uk.stpartnership.uiapi.pages;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case-audit round's tasks on the task page, against a stand-in workflow-service whose tasks have the context and
 * forms the real one gives them (AuditTaskContext, AuditForms): a fieldset per criterion with its score and evidence,
 * what is posted, the API's refusals on the criterion they are about with the answers kept; the resolution's scores in
 * words; the sign-off's link to the findings; and another kind of task still drawn from its fields.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTaskPagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final String ROUND = "5f0e8a52-31a4-4b8e-9a53-2f0b6a1d6c11";
    private static final String[] CRITERIA = {"a0d17000-0000-4000-8000-000000000101", "a0d17000-0000-4000-8000-000000000102",
            "a0d17000-0000-4000-8000-000000000103"};
    private static final String SCORING_FORM = """
            [{"name":"scores","label":"Scores","type":"RECORDS","required":true,"maxLength":0,"futureAllowed":false,"maxItems":100,
              "itemFields":[{"name":"criterionId","label":"Criterion","type":"TEXT","required":true,"maxLength":36,"futureAllowed":false,"maxItems":0},
                {"name":"score","label":"Score","type":"CHOICE","required":true,"options":["NOT_MET","PARTIALLY_MET","MET"],"maxLength":0,
                 "futureAllowed":false,"maxItems":0},
                {"name":"evidenceNote","label":"Evidence","type":"TEXT","required":true,"maxLength":2000,"futureAllowed":false,"maxItems":0}]}]""";
    private static final String SCORING_CONTEXT = """
            {"roundId":"%s","auditCaseId":"7c1e0000-0000-4000-8000-000000000001","roundReference":"CA-hackney-2026-1",
             "caseReference":"HK-2022-0042","team":"Assessment Team 2","criteria":[
              {"criterionId":"%s","position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour"},
              {"criterionId":"%s","position":2,"wording":"Specific abusive behaviours are documented"},
              {"criterionId":"%s","position":3,"wording":"The plan attributes concrete actions to the perpetrator"}]}"""
            .formatted(ROUND, CRITERIA[0], CRITERIA[1], CRITERIA[2]);
    private static final String RESOLUTION_FORM = """
            [{"name":"score","label":"The agreed score","type":"CHOICE","required":true,"options":["NOT_MET","PARTIALLY_MET","MET"],
              "maxLength":0,"futureAllowed":false,"maxItems":0},
             {"name":"note","label":"Why this score","type":"TEXT","required":true,"maxLength":2000,"futureAllowed":false,"maxItems":0}]""";
    private static final String RESOLUTION_CONTEXT = """
            {"roundId":"%s","disagreementId":"d1500000-0000-4000-8000-000000000001","roundReference":"CA-hackney-2026-1",
             "caseReference":"HK-2022-0042","team":"Assessment Team 2","criterion":"Specific abusive behaviours are documented",
             "auditScore":"MET","moderationScore":"PARTIALLY_MET"}""".formatted(ROUND);
    private static final String SIGN_OFF_FORM = """
            [{"name":"findingsRight","label":"The findings are right","type":"YES_NO","required":true,"maxLength":0,"futureAllowed":false,"maxItems":0},
             {"name":"note","label":"Note","type":"TEXT","required":false,"maxLength":2000,"futureAllowed":false,"maxItems":0}]""";
    private static final String SIGN_OFF_CONTEXT = """
            {"roundId":"%s","roundReference":"CA-hackney-2026-1","cases":2}""".formatted(ROUND);
    private static final String OTHER_FORM = """
            [{"name":"summary","label":"Summary","type":"TEXT","required":true,"maxLength":100,"futureAllowed":false,"maxItems":0}]""";
    private static final Map<String, String[]> TASKS = Map.of(
            "101", new String[]{"Audit a case", "audit-case", SCORING_CONTEXT, SCORING_FORM},
            "102", new String[]{"Moderate a case", "moderate-case", SCORING_CONTEXT, SCORING_FORM},
            "103", new String[]{"Resolve a disagreement between an auditor and a moderator", "resolve-audit-disagreement", RESOLUTION_CONTEXT,
                    RESOLUTION_FORM},
            "104", new String[]{"Sign off a case audit's findings", "sign-off-audit-findings", SIGN_OFF_CONTEXT, SIGN_OFF_FORM},
            "105", new String[]{"Write a summary", "some-other-task", "{\"meetingId\":\"m-1\",\"items\":[{\"a\":1}],\"place\":\"Town hall\"}", OTHER_FORM});

    private final Map<String, String> completions = new LinkedHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final StandInWorkflowService workflowService = StandInWorkflowService.start(this::answer);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.localWithoutWorkflowService());
        properties.put("platform.workflow-service-url", workflowService.url());
        return properties;
    }

    @AfterAll
    void stop() {
        workflowService.close();
    }

    @BeforeEach
    void forget() {
        completions.clear();
        refusals.clear();
    }

    /** A task of TASKS by its key; its completion is refused with the next of refusals, if any, else done. */
    private synchronized StandInWorkflowService.Answer answer(String method, String path, String body) {
        if (path.equals("/internal/tasks")) {
            return StandInWorkflowService.NO_TASKS;
        }
        String key = path.replaceAll("^/internal/tasks/(\\d+).*", "$1");
        String[] task = TASKS.get(key);
        if (task == null) {
            return new StandInWorkflowService.Answer(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Task not found\"}");
        }
        if (path.endsWith("/complete")) {
            completions.put(key, body);
            return refusals.isEmpty() ? new StandInWorkflowService.Answer(204, "") : new StandInWorkflowService.Answer(400, refusals.removeFirst());
        }
        return new StandInWorkflowService.Answer(200, """
                {"key":"%s","title":"%s","kind":"%s","businessReference":"CA-hackney-2026-1","borough":"hackney","candidateRole":null,
                 "assignee":null,"dueAt":"2026-12-18T09:00:00Z","overdue":false,"status":"OPEN","completedBy":null,"context":%s,"form":%s}"""
                .formatted(key, task[0], task[1], task[2], task[3]));
    }

    @Test
    void a_scoring_task_shows_the_case_and_a_fieldset_per_criterion_with_its_score_and_evidence() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("practitioner.hackney", PASSWORD);

        for (String key : List.of("101", "102")) {
            HttpResponse<String> page = client.get("/tasks/" + key, session);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("CA-hackney-2026-1", "Case reference", "HK-2022-0042", "Team", "Assessment Team 2",
                    "1. Harm is described through the perpetrator's pattern of behaviour", "2. Specific abusive behaviours are documented",
                    "3. The plan attributes concrete actions to the perpetrator",
                    "name=\"scores[0].criterionId\" value=\"" + CRITERIA[0] + "\"", "name=\"scores[2].criterionId\" value=\"" + CRITERIA[2] + "\"",
                    "id=\"scores-1-score\" name=\"scores[1].score\" type=\"radio\" value=\"NOT_MET\"", "Partially met", ">\n        Met\n",
                    "<textarea class=\"govuk-textarea\" id=\"scores-2-evidenceNote\" name=\"scores[2].evidenceNote\"")
                    .doesNotContain("criterionId=", "{criterionId", "Add another", "The auditor's score");
            assertThat(page.body().split("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\">", -1)).hasSize(4);
        }
    }

    @Test
    void a_scoring_task_posts_a_score_record_per_criterion_to_the_complete_api() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("practitioner.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/tasks/101", session).body());

        HttpResponse<String> done = client.post("/tasks/101", scores(csrf, "MET", "Pattern over two years", "PARTIALLY_MET", "Two behaviours",
                "NOT_MET", "No actions for him"), session);

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).contains("/tasks/101/done");
        assertThat(completions.get("101")).isEqualTo("{\"scores\":["
                + "{\"criterionId\":\"" + CRITERIA[0] + "\",\"score\":\"MET\",\"evidenceNote\":\"Pattern over two years\"},"
                + "{\"criterionId\":\"" + CRITERIA[1] + "\",\"score\":\"PARTIALLY_MET\",\"evidenceNote\":\"Two behaviours\"},"
                + "{\"criterionId\":\"" + CRITERIA[2] + "\",\"score\":\"NOT_MET\",\"evidenceNote\":\"No actions for him\"}]}");
    }

    @Test
    void the_apis_refusals_are_shown_on_the_criterion_they_are_about_with_the_answers_kept() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("practitioner.hackney", PASSWORD);
        String csrf = PageClient.csrf(client.get("/tasks/101", session).body());
        refusals.add("""
                {"title":"Bad Request","status":400,"detail":"The answers are not valid","errors":[
                  {"field":"scores[2].evidenceNote","detail":"is required"},{"field":"scores[1].score","detail":"is required"}]}""");

        HttpResponse<String> page = client.post("/tasks/101", scores(csrf, "MET", "Pattern over two years", "", "Two behaviours", "NOT_MET", ""),
                session);

        assertThat(page.statusCode()).isEqualTo(400);
        String body = page.body();
        assertThat(body).contains("Error: Audit a case", "There is a problem",
                "<a href=\"#scores-1-score\">Select a score for criterion 2</a>", "<a href=\"#scores-2-evidenceNote\">Enter the evidence for criterion 3</a>",
                "id=\"scores-0-score-3\" name=\"scores[0].score\" type=\"radio\" value=\"MET\" checked", "Pattern over two years</textarea>",
                "Two behaviours</textarea>", "id=\"scores-2-score\" name=\"scores[2].score\" type=\"radio\" value=\"NOT_MET\" checked")
                .doesNotContain("Enter the evidence for criterion 1", "Enter the evidence for criterion 2");
        assertThat(body.indexOf("Error:</span> Select a score for criterion 2")).as("the score's error in the second criterion's fieldset")
                .isGreaterThan(body.indexOf("2. Specific abusive behaviours")).isLessThan(body.indexOf("3. The plan attributes"));
        assertThat(body.indexOf("Error:</span> Enter the evidence for criterion 3")).isGreaterThan(body.indexOf("3. The plan attributes"));
        assertThat(body).contains("govuk-textarea govuk-textarea--error\" id=\"scores-2-evidenceNote\"");

        refusals.add("""
                {"title":"Bad Request","status":400,"detail":"The answers are not valid","errors":[
                  {"field":"scores","detail":"must score criterion 3: The plan attributes concrete actions to the perpetrator"}]}""");
        HttpResponse<String> whole = client.post("/tasks/101", scores(csrf, "MET", "a", "MET", "b", "MET", "c"), session);

        assertThat(whole.statusCode()).isEqualTo(400);
        assertThat(whole.body()).contains("<a href=\"#scores\">Score every criterion: must score criterion 3: The plan attributes concrete actions",
                "<div class=\"govuk-form-group govuk-form-group--error\" id=\"scores\">");
    }

    @Test
    void a_resolution_shows_the_criterion_and_both_scores_in_words_and_posts_the_agreed_score() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("implementation-lead.hackney", PASSWORD);

        HttpResponse<String> page = client.get("/tasks/103", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("HK-2022-0042", "Criterion", "Specific abusive behaviours are documented",
                "The auditor's score", "The moderator's score", "Partially met", "The agreed score", "Why this score",
                "name=\"score\" type=\"radio\" value=\"PARTIALLY_MET\"")
                .doesNotContain("PARTIALLY_MET</dd>", "Audit score", "Moderation score");

        HttpResponse<String> done = client.post("/tasks/103", Map.of("csrf", PageClient.csrf(page.body()), "score", "MET",
                "note", "The file documents three behaviours"), session);

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(completions.get("103")).isEqualTo("{\"score\":\"MET\",\"note\":\"The file documents three behaviours\"}");
    }

    @Test
    void a_sign_off_links_to_the_rounds_findings_and_posts_the_yes_and_note() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("implementation-lead.hackney", PASSWORD);

        HttpResponse<String> page = client.get("/tasks/104", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cases audited", "href=\"/audits/rounds/" + ROUND + "/findings\"", "the findings of CA-hackney-2026-1",
                "The findings are right", "name=\"findingsRight\"", "Note (optional)");

        refusals.add("""
                {"title":"Bad Request","status":400,"detail":"The answers are not valid","errors":[
                  {"field":"findingsRight","detail":"must be yes to sign off: if something in the findings needs changing, speak to the implementation lead first"}]}""");
        HttpResponse<String> refused = client.post("/tasks/104", Map.of("csrf", PageClient.csrf(page.body()), "findingsRight", "no"), session);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#findingsRight\">The findings are right must be yes to sign off");
        assertThat(completions.get("104")).isEqualTo("{\"findingsRight\":false}");
    }

    @Test
    void another_kind_of_task_keeps_the_generic_form_of_its_fields() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("implementation-lead.hackney", PASSWORD);

        HttpResponse<String> page = client.get("/tasks/105", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Place", "Town hall", "id=\"summary\" name=\"summary\"").doesNotContain("Case reference");
    }

    /** The scoring form as a browser posts it: each criterion's id, and its score and evidence when given. */
    private static Map<String, String> scores(String csrf, String... scoreAndEvidence) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf);
        for (int i = 0; i < CRITERIA.length; i++) {
            form.put("scores[" + i + "].criterionId", CRITERIA[i]);
            if (!scoreAndEvidence[2 * i].isEmpty()) {
                form.put("scores[" + i + "].score", scoreAndEvidence[2 * i]);
            }
            form.put("scores[" + i + "].evidenceNote", scoreAndEvidence[2 * i + 1]);
        }
        return form;
    }
}
