package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accredited trainers through the pages, in real Chromium, on the platform as the launcher runs it: a project manager
 * records a trainer's accreditation (a form sent empty first), sees them listed and renews it; a borough's implementation
 * lead reads the list without the record button; an evaluator gets the 404 page. axe and the Nu HTML Checker check every
 * page on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainerPagesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String TRAINER = "champion.respect";

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-trainers", false);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void aTrainerIsRecordedListedAndRenewed() throws Exception {
        LocalDate accredited = TODAY.minusMonths(2);
        try (Browser projectManager = new Browser(platform.uiApi(), "project-manager");
             Browser hackneyLead = new Browser(platform.uiApi(), "hackney-lead");
             Browser evaluator = new Browser(platform.uiApi(), "evaluator")) {
            projectManager.signIn("project-manager.respect", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The project manager opens the trainers, none yet", () -> {
                projectManager.open("/training/trainers");
                assertThat(projectManager.heading()).isEqualTo("Accredited trainers");
                assertThat(projectManager.find("main").getText()).contains("There are no trainers to show");
                projectManager.checkAccessible("trainers-empty");
            });
            Journeys.step("A form sent empty comes back naming what is missing", () -> {
                projectManager.clickLink("Record a trainer's accreditation");
                assertThat(projectManager.heading()).isEqualTo("Record a trainer's accreditation");
                projectManager.checkAccessible("trainer-record");
                projectManager.clickButton("Record the accreditation");
                assertThat(projectManager.find(".govuk-error-summary").getText()).contains("username");
                projectManager.checkAccessible("trainer-record-errors");
            });
            Journeys.step("The accreditation is recorded and the trainer's page says when it runs out", () -> {
                projectManager.type("trainerId", TRAINER);
                projectManager.typeDate("accreditedOn", accredited);
                projectManager.clickButton("Record the accreditation");
                assertThat(projectManager.heading()).isEqualTo(TRAINER);
                assertThat(projectManager.find(".govuk-notification-banner").getText()).contains("The accreditation is recorded");
                assertThat(projectManager.find("main").getText()).contains("Accredited",
                        "runs out on " + DAY.format(accredited.plusMonths(12)) + " unless a cohort is delivered");
                assertThat(projectManager.find(".govuk-summary-list").getText()).contains(DAY.format(accredited),
                        DAY.format(accredited.plusMonths(24)));
                projectManager.checkAccessible("trainer-recorded");
            });
            Journeys.step("The trainer is listed", () -> {
                projectManager.clickLink("Accredited trainers");
                assertThat(projectManager.find("main table").getText()).contains(TRAINER, "Accredited", DAY.format(accredited.plusMonths(12)));
                projectManager.checkAccessible("trainers");
            });
            Journeys.step("The accreditation is renewed today: its dates start again", () -> {
                projectManager.clickLink(TRAINER);
                projectManager.clickLink("Renew the accreditation");
                projectManager.checkAccessible("trainer-renew");
                projectManager.typeDate("accreditedOn", TODAY);
                projectManager.clickButton("Renew the accreditation");
                assertThat(projectManager.find(".govuk-notification-banner").getText()).contains("The accreditation is renewed");
                assertThat(projectManager.find(".govuk-summary-list").getText()).contains(DAY.format(TODAY), DAY.format(TODAY.plusMonths(24)));
                projectManager.checkAccessible("trainer-renewed");
            });

            hackneyLead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("A borough's implementation lead reads the list, and records nothing", () -> {
                hackneyLead.open("/training/trainers");
                assertThat(hackneyLead.find("main table").getText()).contains(TRAINER);
                assertThat(hackneyLead.findAll("a[href='/training/trainers/new']")).isEmpty();
            });
            evaluator.signIn("evaluator.respect", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("An evaluator is told there is no such page", () -> {
                evaluator.open("/training/trainers");
                assertThat(evaluator.heading()).isEqualTo("Page not found");
                evaluator.checkAccessible("trainers-not-found");
            });
        }
    }
}
