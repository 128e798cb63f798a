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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports through the pages, in real Chromium, with the whole platform real: the delivery partner records the
 * Supervisors e-learning done by six of Hackney's people and two of Newham's, and Hackney's lead registers a team; a project manager finds the training
 * attendance report from the navigation, sees Table 2 (the courses not run this year "not available"), its chart and
 * Appendix 1, and downloads a table as CSV with the same figures; an evaluator sees the same report with Newham's
 * small count in words and the count it could be worked out from withheld, and the champions per borough only. The
 * champion reports' pages open for the project manager, a period that is not one coming back as the form's error.
 * axe and the Nu HTML Checker check every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final List<String> HACKNEY = List.of("practitioner.hackney", "champion.hackney", "implementation-lead.hackney",
            "borough-lead.hackney", "complaints-officer.hackney", "complaints-manager.hackney");
    private static final List<String> NEWHAM = List.of("practitioner.newham", "champion.newham");

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-report-pages", false);
        PlatformClient deliveryPartner = PlatformClient.signIn(platform.uiApi(), "project-manager.respect");
        for (String person : concat(HACKNEY, NEWHAM)) {
            PlatformClient.Answer recorded = deliveryPartner.post("/api/training/completions",
                    "{\"personId\":\"" + person + "\",\"course\":\"SUPERVISORS\",\"completedOn\":\"" + TODAY + "\"}");
            assertThat(recorded.status()).as(recorded.body()).isLessThan(300);
        }
        PlatformClient.Answer team = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney")
                .post("/api/champions/teams", "{\"name\":\"Assessment and Intervention\"}");
        assertThat(team.status()).as(team.body()).isEqualTo(201);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String year() {
        int year = TODAY.getMonthValue() >= 8 ? TODAY.getYear() : TODAY.getYear() - 1;
        return year + " to " + (year + 1);
    }

    @Test
    void aProjectManagerSeesAttendanceAndDownloadsItAndAnEvaluatorSeesSmallCountsWithheld() throws Exception {
        try (Browser manager = new Browser(platform.uiApi(), "project-manager");
             Browser evaluator = new Browser(platform.uiApi(), "report-evaluator")) {
            Journeys.step("The project manager finds the reports in the navigation", () -> {
                manager.signIn("project-manager.respect", DemoAccounts.DEMO_PASSWORD);
                manager.clickLink("Reports");
                assertThat(manager.heading()).isEqualTo("Reports");
                manager.checkAccessible("reports");
            });
            Journeys.step("Training attendance: Table 2 with its chart, and Appendix 1 per borough", () -> {
                manager.clickLink("Training attendance");
                assertThat(manager.heading()).isEqualTo("Training attendance");
                String tables = manager.find("main").getText();
                assertThat(tables).contains("Blocks in " + year(), "Attended in " + year(), "Supervisors", "not available",
                        "Supervisors: attendance per borough", "Hackney", "Newham");
                assertThat(manager.find("svg[role=img] title").getAttribute("textContent")).startsWith("People who completed each course");
                manager.checkAccessible("training-attendance");
            });
            Journeys.step("The table downloads as CSV with the figures as shown", () -> {
                String href = manager.findAll("a[download]").getFirst().getAttribute("href");
                HttpResponse<String> csv = download(manager, href);
                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
                assertThat(csv.body()).startsWith("Course,Blocks in ")
                        .contains("\r\nSupervisors,not available,not available,not available,not available,8,8\r\n");
                String boroughs = download(manager, href.replace("/courses.csv", "/supervisors-by-borough.csv")).body();
                assertThat(boroughs).contains("\r\nHackney,not available,6,6\r\n").contains("\r\nNewham,not available,2,2\r\n")
                        .contains("\r\nTotal,not available,8,8\r\n");
            });
            Journeys.step("The champion reports: per team, consultations per quarter (a quarter that is not one comes back with its error), retention", () -> {
                manager.open("/reports/champions");
                assertThat(manager.heading()).isEqualTo("Champions per borough and team");
                assertThat(manager.find("main").getText()).contains("Active champions per borough", "Active champions per team",
                        "Assessment and Intervention", "No active champion");
                manager.checkAccessible("champions-per-team");
                assertThat(download(manager, manager.findAll("a[download]").get(1).getAttribute("href")).body())
                        .isEqualTo("Team,Borough,Active champions,In training or signing,Coverage\r\n"
                                + "Assessment and Intervention,Hackney,0,0,No active champion\r\n");
                manager.open("/reports/consultations");
                assertThat(manager.heading()).isEqualTo("Consultations given by champions");
                manager.checkAccessible("champion-consultations");
                manager.type("from", "2026-Q5");
                manager.clickButton("Show the period");
                assertThat(manager.driver().getTitle()).startsWith("Error: ");
                assertThat(manager.find(".govuk-error-summary").getText()).contains("First quarter must be a quarter like 2026-Q4");
                manager.checkAccessible("champion-consultations-errors");
                manager.open("/reports/retention");
                assertThat(manager.heading()).isEqualTo("Champion retention");
                manager.checkAccessible("champion-retention");
            });
            Journeys.step("The evaluator sees the same report with Newham's small count in words", () -> {
                evaluator.signIn("evaluator.respect", DemoAccounts.DEMO_PASSWORD);
                evaluator.clickLink("Reports");
                evaluator.clickLink("Training attendance");
                String shown = evaluator.find("main").getText();
                assertThat(shown).contains("Supervisors: attendance per borough", "fewer than 5", "withheld");
                evaluator.checkAccessible("training-attendance-evaluator");
                String csv = download(evaluator, evaluator.findAll("a[download]").get(4).getAttribute("href")).body();
                assertThat(csv).contains("\r\nNewham,not available,fewer than 5,fewer than 5\r\n")
                        .contains("\r\nHackney,not available,withheld,withheld\r\n");
            });
            Journeys.step("The evaluator sees champions per borough, never per team", () -> {
                evaluator.open("/reports/champions");
                assertThat(evaluator.heading()).isEqualTo("Champions per borough and team");
                assertThat(evaluator.find("main").getText()).contains("Active champions per borough").doesNotContain("Active champions per team");
                evaluator.checkAccessible("champions-per-borough-evaluator");
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
