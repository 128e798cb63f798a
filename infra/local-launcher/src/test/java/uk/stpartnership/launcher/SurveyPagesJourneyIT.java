package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training surveys through the pages, in real Chromium, with the whole platform real: a cross-borough Overview cohort
 * held today, four trainees answer its survey after the course through the API, and Hackney's practitioner finds the
 * survey on their training page and on their cohort's page, sends it empty (errors on the inputs), then answers it
 * with one optional demographic, once. The evaluator sees the report: five answers, the means, the scores chart and
 * table, the demographic counts of fewer than 5 withheld, and its CSV; nobody's answers or name anywhere. The
 * practitioner cannot open the report. axe and the Nu HTML Checker check every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPagesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final List<String> OTHER_TRAINEES = List.of("champion.hackney", "practitioner.newham", "champion.newham",
            "practitioner.tower-hamlets");

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-survey-pages", false);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    /** A cross-borough Overview cohort of today, set up by the delivery partner: its survey after the course is open. */
    private String cohortOfToday() {
        PlatformClient.Answer planned = PlatformClient.signIn(platform.uiApi(), "project-manager.respect").post("/api/training/cohorts",
                PlatformClient.toJson(Map.of("course", "OVERVIEW", "trainer", "st-reviewer.respect", "venue", "Hackney Town Hall",
                        "capacity", 10, "days", List.of(Map.of("day", TODAY.toString(), "startTime", "09:30", "endTime", "16:30")))));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return (String) planned.json().get("id");
    }

    private void bookAndAnswer(String cohort, String username, boolean answer) {
        PlatformClient trainee = PlatformClient.signIn(platform.uiApi(), username);
        PlatformClient.Answer booked = trainee.post("/api/training/cohorts/" + cohort + "/bookings", "{}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
        if (answer) {
            PlatformClient.Answer answered = trainee.post("/api/surveys/cohorts/" + cohort + "/POST", "{\"confidence\":6,\"knowledge\":5}");
            assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        }
    }

    @Test
    void aTraineeAnswersTheSurveyOnceAndTheEvaluatorSeesOnlyCounts() throws Exception {
        String cohort = cohortOfToday();
        OTHER_TRAINEES.forEach(username -> bookAndAnswer(cohort, username, true));
        bookAndAnswer(cohort, "practitioner.hackney", false);
        String form = "/training/surveys/" + cohort + "/after";
        try (Browser trainee = new Browser(platform.uiApi(), "trainee");
             Browser evaluator = new Browser(platform.uiApi(), "evaluator")) {
            trainee.signIn("practitioner.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The trainee's training page links to the survey due", () -> {
                trainee.clickLink("Training");
                assertThat(trainee.find("main").getText()).contains("Surveys to answer");
                trainee.checkAccessible("training-with-survey");
                assertThat(trainee.find("a[href='" + form + "']").getText()).startsWith("Survey after Overview, ");
                trainee.open("/training/cohorts/" + cohort);
                assertThat(trainee.find(".govuk-inset-text").getText()).startsWith("A survey is waiting for you: Survey after Overview");
                trainee.checkAccessible("cohort-with-survey");
                trainee.clickLink("Survey after Overview");
                assertThat(trainee.heading()).isEqualTo("After the course: Overview");
                trainee.checkAccessible("survey-form");
            });
            Journeys.step("Sent without answers, the form says what to choose on each question", () -> {
                trainee.clickButton("Send your answers");
                assertThat(trainee.find(".govuk-error-summary").getText())
                        .contains("Choose how confident you feel, from 1 to 7", "Choose how you rate your knowledge, from 1 to 7");
                trainee.checkAccessible("survey-form-errors");
            });
            Journeys.step("The trainee answers, with one optional question about themselves", () -> {
                trainee.click("input[name=confidence][value='6']");
                trainee.click("input[name=knowledge][value='5']");
                trainee.click(".govuk-details__summary");
                trainee.click("input[name=gender][value=WOMAN]");
                trainee.clickButton("Send your answers");
                assertThat(trainee.heading()).isEqualTo("Thank you for your answers");
                trainee.checkAccessible("survey-answered");
            });
            Journeys.step("Answered, the survey is gone from the training page and cannot be answered again", () -> {
                trainee.clickLink("Back to training");
                assertThat(trainee.find("main").getText()).doesNotContain("Surveys to answer");
                trainee.open(form);
                assertThat(trainee.heading()).isEqualTo("Page not found");
                trainee.open("/training/surveys/report");
                assertThat(trainee.heading()).as("a practitioner has no report").isEqualTo("Page not found");
            });
            evaluator.signIn("evaluator.respect", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The evaluator sees the report: counts and means, small counts withheld", () -> {
                evaluator.clickLink("Reports");
                evaluator.clickLink("Training surveys");
                assertThat(evaluator.heading()).startsWith("Training surveys ").endsWith(": confidence and knowledge");
                String overview = evaluator.findAll("tbody tr").stream().map(row -> row.getText())
                        .filter(row -> row.startsWith("Overview After the course")).findFirst().orElseThrow();
                assertThat(overview).isEqualTo("Overview After the course 5 6.00 5.00");
                assertThat(evaluator.find("svg title").getAttribute("textContent")).isEqualTo("Overview: answers per confidence score");
                String main = evaluator.find("main").getText();
                assertThat(main).contains("Overview: answers per score", "What is your gender?", "fewer than 5").doesNotContain("Supervisors")
                        .doesNotContain("practitioner", "Practitioner Hackney");
                evaluator.checkAccessible("survey-report");
            });
            Journeys.step("The report's CSV has the same figures", () -> {
                String csv = (String) ((JavascriptExecutor) evaluator.driver()).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        "/training/surveys/report.csv");
                assertThat(csv).startsWith("programme_year,borough,course,survey,figure,question,answer,value")
                        .contains(",all,Overview,After the course,answers,,,5", ",all,Overview,After the course,mean,confidence,,6.00",
                                ",all courses,After the course,answers,gender,Woman,fewer than 5")
                        .doesNotContain("practitioner");
            });
        }
    }
}
