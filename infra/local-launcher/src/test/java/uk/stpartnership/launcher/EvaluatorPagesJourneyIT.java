package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures pages, in real Chromium, over the demo history (consultations held in three boroughs, Hackney's
 * complaints): an evaluator sees the complaint indicators as a table and a chart, small counts in words, and gets the
 * 404 page for a complaint, finding the indicators with the keyboard only; a borough's implementation lead lists its consultations and sees them per month. axe
 * and the Nu HTML Checker check every page on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatorPagesJourneyIT {

    private static final Duration WAIT = Duration.ofMinutes(4);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-figures", true);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void anEvaluatorSeesTheIndicatorsAndNotAComplaint() throws Exception {
        PlatformClient officer = PlatformClient.signIn(platform.uiApi(), "complaints-officer.hackney");
        PlatformClient.Answer recorded = officer.post("/api/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"Ms A Evans","complainantContact":"By email",
                 "complainantEmail":"a.evans@example.org","complainantRelationship":"OTHER_PARENT",
                 "workers":["Jo Okafor"],"team":"Children and Families Unit 4",
                 "workerManager":{"name":"Priya Shah","email":"priya.shah@hackney.example"},
                 "caseReference":"HK-2026-0077","about":"The social worker did not return my calls","complainantIsPersonCausingHarm":"NO",
                 "protectedDetails":[]}""".formatted(TODAY));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String complaintId = (String) recorded.json().get("id");
        PlatformClient evaluatorApi = PlatformClient.signIn(platform.uiApi(), "evaluator.respect");
        String month = YearMonth.from(TODAY).toString();
        await().atMost(WAIT).until(() -> evaluatorApi.get("/api/complaints/indicators?from=" + month + "&to=" + month).json().get("counts"),
                counts -> counts instanceof java.util.List<?> list && !list.isEmpty());

        try (Browser evaluator = new Browser(platform.uiApi(), "evaluator")) {
            Journeys.step("The evaluator, with nothing to do, is told what the platform does for them", () -> {
                evaluator.signInWithTheKeyboard("evaluator.respect", DemoAccounts.DEMO_PASSWORD);
                assertThat(evaluator.heading()).isEqualTo("Your tasks");
                assertThat(evaluator.find("main").getText()).contains("complaint indicators", "small counts suppressed");
                evaluator.checkAccessible("evaluator-start");
            });
            Journeys.step("The indicators, reached with the keyboard, are a chart and a table of the same figures, small counts in words", () -> {
                evaluator.followWithTheKeyboard("Indicators");
                assertThat(evaluator.heading()).isEqualTo("Complaint indicators");
                assertThat(evaluator.find("svg[role=img] title").getAttribute("textContent")).startsWith("Complaints received by complainant's relationship");
                assertThat(evaluator.find("table.govuk-table").getText()).contains("Hackney", "Other parent", "fewer than 5");
                assertThat(evaluator.find("svg[role=img]").getAttribute("textContent")).contains("fewer than 5");
                evaluator.checkAccessible("complaint-indicators");
                screenshotOfTheChart(evaluator, "complaint-indicators-chart");
            });
            Journeys.step("Another breakdown, and a period that is not one, come back on the same page: with the keyboard only", () -> {
                evaluator.followWithTheKeyboard("Stage reached");
                assertThat(evaluator.find("h2.govuk-heading-m").getText()).isEqualTo("Stage reached");
                evaluator.checkAccessible("complaint-indicators-stage");
                evaluator.typeWithTheKeyboard("from", "2026-13");
                evaluator.pressWithTheKeyboard("Show the period");
                assertThat(evaluator.driver().getTitle()).startsWith("Error: ");
                assertThat(evaluator.find(".govuk-error-summary").getText()).contains("First month must be a month like");
                evaluator.checkAccessible("complaint-indicators-errors");
            });
            Journeys.step("The consultations held per month, every borough's", () -> {
                evaluator.open("/consultations/monthly");
                assertThat(evaluator.heading()).isEqualTo("Case consultations held per month");
                assertThat(evaluator.find("table.govuk-table").getText()).contains("Hackney", "Newham", "Waltham Forest");
                evaluator.checkAccessible("evaluator-consultations-monthly");
                screenshotOfTheChart(evaluator, "evaluator-consultations-monthly-chart");
            });
            Journeys.step("The evaluator gets the 404 page for a complaint", () -> {
                evaluator.open("/complaints/" + complaintId);
                assertThat(evaluator.heading()).isEqualTo("Page not found");
                evaluator.checkAccessible("evaluator-complaint-not-found");
            });
        }
    }

    @Test
    void aLeadListsTheBoroughsConsultationsAndSeesThemPerMonth() throws Exception {
        PlatformClient leadApi = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        await().atMost(WAIT).until(() -> leadApi.get("/api/consultations?size=100").items(),
                items -> items.stream().filter(c -> c.get("heldOn") != null).count() >= 4);
        try (Browser lead = new Browser(platform.uiApi(), "lead")) {
            Journeys.step("The lead lists the borough's consultations, held and waiting", () -> {
                lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
                lead.clickLink("Case consultations");
                assertThat(lead.heading()).isEqualTo("Your borough's case consultations");
                assertThat(lead.find("table.govuk-table").getText()).contains("DEMO-HA-", "Perpetrator pattern mapping")
                        .doesNotContain("DEMO-NE-");
                lead.checkAccessible("borough-consultations");
            });
            Journeys.step("The lead sees the borough's consultations per month as a chart and a table", () -> {
                lead.clickLink("Case consultations held per month");
                assertThat(lead.heading()).isEqualTo("Case consultations held per month");
                assertThat(lead.find("svg[role=img]").getAttribute("aria-labelledby")).isNotBlank();
                assertThat(lead.find("table.govuk-table").getText()).contains("Hackney").doesNotContain("Newham");
                lead.checkAccessible("consultations-monthly");
                screenshotOfTheChart(lead, "consultations-monthly-chart");
            });
        }
    }

    /** The chart at the top of the window (for docs/pages): the pages' own screenshots show the window as it opens. */
    private static void screenshotOfTheChart(Browser browser, String name) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find("svg[role=img]"));
        browser.screenshot(name);
    }
}
