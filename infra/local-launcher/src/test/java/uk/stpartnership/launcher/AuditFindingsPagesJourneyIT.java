package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's findings and the year's summary through the pages, in real Chromium, with the whole platform real:
 * Hackney's lead plans a baseline and uploads its cohort; the project manager opens its findings (nothing scored yet:
 * the scores per criterion, by the allocated worker's training and the agreement say so) and downloads the CSV, then
 * the summary; an evaluator sees the same findings with no case reference. axe and the Nu HTML Checker check every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFindingsPagesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private LocalPlatform platform;
    private String roundId;
    private String reference;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-audit-findings", false);
        PlatformClient lead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        PlatformClient.Answer planned = lead.post("/api/audits/rounds", """
                {"purpose": "BASELINE", "cohortDescription": "Closed to children's social care, domestic abuse a factor", "sampleSize": 10,
                 "dueOn": "%s", "auditors": ["st-reviewer.hackney"], "moderators": ["champion.hackney"]}""".formatted(TODAY.plusMonths(1)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        roundId = (String) planned.json().get("id");
        reference = (String) planned.json().get("reference");
        String cohort = "case_reference,worker_training\\n" + IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "HK-2022-%02d,%s\\n".formatted(i, i % 2 == 0 ? "champion" : "not trained")).collect(Collectors.joining());
        PlatformClient.Answer sampled = lead.post("/api/audits/rounds/" + roundId + "/cohort", "{\"file\":\"" + cohort + "\"}");
        assertThat(sampled.status()).as(sampled.body()).isEqualTo(200);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void theProjectManagerReadsTheFindingsAndTheSummaryAndAnEvaluatorTheFindingsWithoutCases() throws Exception {
        try (Browser manager = new Browser(platform.uiApi(), "audit-manager");
             Browser evaluator = new Browser(platform.uiApi(), "audit-evaluator")) {
            Journeys.step("The project manager opens the round's findings: nothing scored yet", () -> {
                manager.signIn("project-manager.respect", DemoAccounts.DEMO_PASSWORD);
                manager.open("/audits/rounds/" + roundId + "/findings");
                assertThat(manager.heading()).isEqualTo("Findings of " + reference);
                assertThat(manager.find("main").getText()).contains("Baseline round of Hackney: 10 cases sampled", "Scores per criterion",
                        "Cases meeting each criterion, by the allocated worker's training", "Champion", "Not trained", "not scored",
                        "Agreement between auditors and moderators", "no pairs", "All criteria")
                        .doesNotContain("HK-2022");
                manager.checkAccessible("audit-findings");
            });
            Journeys.step("The findings download as CSV named after the round", () -> {
                HttpResponse<String> csv = download(manager, manager.find("a[download]").getAttribute("href"));
                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"" + reference + "-findings.csv\"");
                assertThat(csv.body()).startsWith("Criterion,Wording,Allocated worker's training,Scored,Sample,")
                        .contains("\r\n2,Specific abusive behaviours are documented,all cases,0,10,0,not scored,0,not scored,0,not scored,0,"
                                + "no pairs,no pairs,no pairs,no,,,,,\r\n").doesNotContain("HK-2022");
            });
            Journeys.step("The summary lists Hackney's round of the year", () -> {
                manager.open("/audits/summary");
                assertThat(manager.heading()).isEqualTo("Case audits in " + TODAY.getYear());
                assertThat(manager.find("main").getText()).contains("Hackney", reference, "Cases meeting each criterion in " + reference);
                manager.checkAccessible("audit-summary");
                manager.clickLink("Findings of " + reference);
                assertThat(manager.heading()).isEqualTo("Findings of " + reference);
            });
            Journeys.step("The evaluator sees the findings and the summary, never a case", () -> {
                evaluator.signIn("evaluator.respect", DemoAccounts.DEMO_PASSWORD);
                evaluator.open("/audits/rounds/" + roundId + "/findings");
                assertThat(evaluator.heading()).isEqualTo("Findings of " + reference);
                assertThat(evaluator.find("main").getText()).contains("Counts under 5 are withheld").doesNotContain("HK-2022", "st-reviewer");
                evaluator.checkAccessible("audit-findings-evaluator");
                evaluator.open("/audits/summary");
                assertThat(evaluator.find("main").getText()).contains(reference);
                evaluator.checkAccessible("audit-summary-evaluator");
            });
        }
    }

    /** A download as the browser would fetch it: with the page session's cookie. */
    private static HttpResponse<String> download(Browser browser, String href) {
        Cookie session = browser.driver().manage().getCookieNamed("st-session");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "st-session=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("Could not download " + href, e);
        }
    }
}
