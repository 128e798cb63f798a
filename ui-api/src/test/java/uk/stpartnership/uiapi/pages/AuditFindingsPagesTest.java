package uk.stpartnership.uiapi.pages;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings and summary pages against a stand-in workflow-service answering as the real one does
 * (AuditFindingsTest there works the figures out): the tables with their row headers, the baseline and agreement, an
 * evaluator's withheld counts in words, the CSV downloaded with its file name (page and API), and the 404s.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFindingsPagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";
    private static final String ROUND = "5f0e8a52-31a4-4b8e-9a53-2f0b6a1d6c11";
    private static final String WITHHELD_ROUND = "5f0e8a52-31a4-4b8e-9a53-2f0b6a1d6c22";
    private static final String CRITERION = "a0d17000-0000-4000-8000-000000000101";
    private static final String FINDINGS = """
            {"roundId":"%1$s","reference":"CA-hackney-2026-2","borough":"hackney","boroughs":["hackney"],"purpose":"FOLLOW_UP",
             "toolId":"a0d17000-0000-4000-8000-000000000001","sampleSize":10,"countsWithheld":false,
             "criteria":[{"criterionId":"%2$s","position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour",
               "scored":"10","notMet":{"count":"1","percent":"10%%"},"partiallyMet":{"count":"3","percent":"30%%"},"met":{"count":"6","percent":"60%%"}}],
             "byTraining":[{"training":"CHAMPION","criteria":[{"criterionId":"%2$s","position":1,"wording":"w","scored":"3",
                 "notMet":{"count":"0","percent":"0%%"},"partiallyMet":{"count":"0","percent":"0%%"},"met":{"count":"3","percent":"100%%"}}]},
               {"training":"NOT_TRAINED","criteria":[{"criterionId":"%2$s","position":1,"wording":"w","scored":"0",
                 "notMet":{"count":"0","percent":"not scored"},"partiallyMet":{"count":"0","percent":"not scored"},
                 "met":{"count":"0","percent":"not scored"}}]}],
             "agreement":{"flagUnder":0.6,"criteria":[{"position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour",
               "pairs":"4","observed":"75%%","kappa":"0.54","weightedKappa":"0.71","flagged":true}],
               "overall":{"position":null,"wording":null,"pairs":"4","observed":"100%%","kappa":"undefined","weightedKappa":"undefined","flagged":false}},
             "baseline":{"baselineRoundId":"%1$s","baselineReference":"CA-hackney-2025-1","criteria":[
               {"comparison":"CONTINUED","position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour",
                "baselinePosition":1,"baselineWording":"Harm as a pattern","metThen":"4","scoredThen":"10","percentThen":"40%%",
                "metNow":"6","scoredNow":"10","percentNow":"60%%","change":"up 20 points"},
               {"comparison":"NO_LONGER_AUDITED","position":null,"wording":null,"baselinePosition":2,"baselineWording":"Specific behaviours",
                "metThen":"0","scoredThen":"0","percentThen":"not scored","metNow":null,"scoredNow":null,"percentNow":null,"change":null}]}}"""
            .formatted(ROUND, CRITERION);
    private static final String WITHHELD_FINDINGS = """
            {"roundId":"%1$s","reference":"CA-hackney-2026-3","borough":"hackney","boroughs":["hackney"],"purpose":"BASELINE",
             "toolId":"a0d17000-0000-4000-8000-000000000001","sampleSize":10,"countsWithheld":true,
             "criteria":[{"criterionId":"%2$s","position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour",
               "scored":"10","notMet":{"count":"fewer than 5","percent":"withheld"},
               "partiallyMet":{"count":"withheld so that a small count cannot be worked out","percent":"withheld"},"met":{"count":"6","percent":"60%%"}}],
             "byTraining":[],
             "agreement":{"flagUnder":0.6,"criteria":[{"position":1,"wording":"w","pairs":"fewer than 5","observed":"100%%","kappa":"undefined",
               "weightedKappa":"undefined","flagged":false}],
               "overall":{"position":null,"wording":null,"pairs":"fewer than 5","observed":"100%%","kappa":"undefined","weightedKappa":"undefined",
               "flagged":false}},"baseline":null}""".formatted(WITHHELD_ROUND, CRITERION);
    private static final String SUMMARY = """
            {"year":2026,"countsWithheld":false,"page":0,"size":20,"total":1,"boroughs":[{"borough":"hackney","rounds":[
              {"roundId":"%s","reference":"CA-hackney-2026-2","boroughs":["hackney"],"purpose":"FOLLOW_UP","status":"SAMPLED","sampleSize":10,
               "criteria":[{"position":1,"wording":"Harm is described through the perpetrator's pattern of behaviour","scored":"10","met":"60%%"}],
               "pairs":"4","kappa":"0.54"}]}]}""".formatted(ROUND);
    private static final String CSV = "Criterion,Wording\r\n1,Harm\r\n";
    private static final String NOT_FOUND = "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Audit round not found\"}";

    private final List<String> asked = new CopyOnWriteArrayList<>();
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

    private StandInWorkflowService.Answer answer(String method, String path, String body) {
        asked.add(path);
        return switch (path) {
            case "/internal/tasks" -> StandInWorkflowService.NO_TASKS;
            case "/internal/audits/rounds/" + ROUND + "/findings" -> new StandInWorkflowService.Answer(200, FINDINGS);
            case "/internal/audits/rounds/" + WITHHELD_ROUND + "/findings" -> new StandInWorkflowService.Answer(200, WITHHELD_FINDINGS);
            case "/internal/audits/rounds/" + ROUND + "/findings.csv" -> new StandInWorkflowService.Answer(200, CSV, "text/csv; charset=utf-8",
                    "attachment; filename=\"CA-hackney-2026-2-findings.csv\"");
            case "/internal/audits/summary" -> new StandInWorkflowService.Answer(200, SUMMARY);
            default -> new StandInWorkflowService.Answer(404, NOT_FOUND);
        };
    }

    @Test
    void the_findings_page_shows_each_table_with_row_headers_the_baseline_and_the_flagged_agreement() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("project-manager.respect", PASSWORD);

        HttpResponse<String> page = client.get("/audits/rounds/" + ROUND + "/findings", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Findings of CA-hackney-2026-2", "Follow-up round of Hackney: 10 cases sampled",
                "<caption class=\"govuk-table__caption govuk-table__caption--m\">Scores per criterion</caption>",
                "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Cases scored of 10</th>",
                "<th scope=\"row\" class=\"govuk-table__header\">1. Harm is described through the perpetrator's pattern of behaviour</th>",
                "1 (10%)", "3 (30%)", "6 (60%)",
                "by the allocated worker's training", "Champion", "Not trained", "100% (3 of 3)", "not scored",
                "Change from the baseline CA-hackney-2025-1", "1. Harm as a pattern", "40% (4 of 10)", "60% (6 of 10)", "up 20 points",
                "At the baseline: 2. Specific behaviours", "no longer audited", "not audited",
                "Agreement between auditors and moderators", "0.54", "0.71", "Kappa under 0.6", "All criteria", "undefined",
                "href=\"/audits/rounds/" + ROUND + "/findings.csv\"")
                .doesNotContain("Counts under 5 are withheld");
    }

    @Test
    void an_evaluator_sees_withheld_counts_in_words() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("evaluator.respect", PASSWORD);

        HttpResponse<String> page = client.get("/audits/rounds/" + WITHHELD_ROUND + "/findings", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Counts under 5 are withheld", "fewer than 5", ">withheld<", "6 (60%)")
                .doesNotContain("a small count cannot be worked out", "by the allocated worker", "Change from the baseline");
    }

    @Test
    void the_csv_is_downloaded_with_the_rounds_reference_as_its_file_name_from_the_page_and_the_api() throws Exception {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("project-manager.respect", PASSWORD);

        HttpResponse<String> csv = client.get("/audits/rounds/" + ROUND + "/findings.csv", session);
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("project-manager.respect", PASSWORD);
        HttpResponse<String> viaApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI()
                .resolve("/api/audits/rounds/" + ROUND + "/findings.csv")).header(bearer[0], bearer[1]).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> download : List.of(csv, viaApi)) {
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"CA-hackney-2026-2-findings.csv\"");
            assertThat(download.body()).isEqualTo(CSV);
        }
    }

    @Test
    void the_summary_shows_each_boroughs_rounds_and_links_their_findings() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("project-manager.respect", PASSWORD);

        HttpResponse<String> page = client.get("/audits/summary?year=2026", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Case audits in 2026", "<h2 class=\"govuk-heading-l\">Hackney</h2>", "Rounds planned in 2026",
                "CA-hackney-2026-2", "Follow-up", "Cases meeting each criterion in CA-hackney-2026-2", "60%", "0.54",
                "href=\"/audits/rounds/" + ROUND + "/findings\"", "href=\"/audits/summary?year=2025\"");
        assertThat(asked).contains("/internal/audits/summary");
    }

    @Test
    void the_reports_index_offers_the_summary_to_evaluators_and_leads_only() {
        PageClient client = new PageClient(server.getURI());

        for (String username : List.of("evaluator.respect", "borough-lead.hackney")) {
            HttpResponse<String> reports = client.get("/reports", client.signIn(username, PASSWORD));
            assertThat(reports.statusCode()).isEqualTo(200);
            assertThat(reports.body()).as(username).contains("<a class=\"govuk-link\" href=\"/audits/summary\">Case audits</a>");
        }
        HttpResponse<String> forAPractitioner = client.get("/reports", client.signIn("practitioner.hackney", PASSWORD));
        assertThat(forAPractitioner.body()).doesNotContain("href=\"/audits/summary\"");
    }

    @Test
    void a_round_the_person_may_not_see_or_that_is_no_round_is_the_not_found_page() {
        PageClient client = new PageClient(server.getURI());
        String session = client.signIn("practitioner.hackney", PASSWORD);
        String other = "5f0e8a52-31a4-4b8e-9a53-2f0b6a1d6c33";

        assertThat(client.get("/audits/rounds/" + other + "/findings", session).statusCode()).isEqualTo(404);
        assertThat(client.get("/audits/rounds/" + other + "/findings.csv", session).statusCode()).isEqualTo(404);
        int before = asked.size();
        assertThat(client.get("/audits/rounds/not-a-round/findings", session).statusCode()).isEqualTo(404);
        assertThat(asked.subList(before, asked.size())).as("nothing asked of workflow-service but the navigation's count")
                .allMatch(path -> path.equals("/internal/tasks"));
    }
}
