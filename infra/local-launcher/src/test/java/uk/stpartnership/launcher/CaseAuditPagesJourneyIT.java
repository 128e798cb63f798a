package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case audits through the pages, in real Chromium, with the whole platform real: Hackney's implementation lead reads
 * the audit tool, plans a baseline round (a plan sent without answers comes back with its errors), uploads a cohort
 * with a column of names and is told which column is refused, then a good cohort, and sees the sample shared between
 * the auditors by name. An auditor sees only their own cases. The project manager cancels the baseline's follow-up by a
 * steering group decision. axe and the Nu HTML Checker check every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuditPagesJourneyIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-case-audit-pages", true);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void aLeadPlansABaselineUploadsItsCohortAndEachAuditorSeesTheirOwnCases() throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        String reference = "CA-hackney-" + today.getYear() + "-1";
        Path withNames = Files.createTempFile("cohort-with-names", ".csv");
        Files.writeString(withNames, "case_reference,team,Child name\nHK-2022-0001,Assessment team 2,Someone\n");
        Path cohort = Files.createTempFile("cohort", ".csv");
        StringBuilder rows = new StringBuilder("Case reference,Team,Worker training\n");
        for (int n = 1; n <= 8; n++) {
            rows.append("HK-2022-%04d,%s,%s\n".formatted(n, n % 2 == 0 ? "Assessment team 2" : "Family support 1", n % 3 == 0 ? "champion" : "not trained"));
        }
        Files.writeString(cohort, rows);
        List<String> practitionersCases = new ArrayList<>();
        try (Browser lead = new Browser(platform.uiApi(), "audit-lead")) {
            lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The lead finds case audits, with no rounds yet, and reads the audit tool's criteria", () -> {
                lead.clickLink("Case audits");
                assertThat(lead.heading()).isEqualTo("Case audits");
                assertThat(lead.find("main").getText()).contains("There are no audit rounds you take part in");
                lead.checkAccessible("case-audits");
                lead.clickLink("The audit tool");
                assertThat(lead.heading()).isEqualTo("The audit tool");
                lead.checkAccessible("audit-tool-versions");
                lead.clickLink("Safe & Together case audit, version 1");
                assertThat(lead.find("table.govuk-table").getText()).contains("pattern of behaviour", "impact on the child");
                lead.checkAccessible("audit-tool");
            });
            Journeys.step("A plan sent without its answers comes back with each error on its input", () -> {
                lead.clickLink("Case audits");
                lead.clickLink("Plan an audit round");
                assertThat(lead.heading()).isEqualTo("Plan an audit round");
                lead.checkAccessible("plan-audit-round");
                lead.clickButton("Plan the round");
                assertThat(lead.driver().getTitle()).startsWith("Error: ");
                assertThat(lead.find(".govuk-error-summary").getText())
                        .contains("Select the round's purpose", "Describe the cohort", "Enter the auditors' usernames", "Enter the day the round is due");
                lead.checkAccessible("plan-audit-round-errors");
            });
            Journeys.step("The baseline is planned and waits for its cohort", () -> {
                lead.click("input[name=purpose][value=BASELINE]");
                lead.type("cohortDescription", "Closed to children's social care April to June 2022, domestic abuse a factor");
                lead.type("sampleSize", "4");
                lead.type("auditors", "champion.hackney\npractitioner.hackney");
                lead.type("moderators", "borough-lead.hackney\nchampion.hackney");
                lead.typeDate("dueOn", today.plusWeeks(8));
                lead.typeDate("followUpDueOn", today.plusYears(1));
                lead.clickButton("Plan the round");
                assertThat(lead.heading()).isEqualTo(reference);
                assertThat(lead.find(".govuk-notification-banner").getText()).contains("The round is planned");
                assertThat(lead.find(".govuk-summary-list").getText())
                        .contains("Baseline", "Champion, Hackney; Practitioner, Hackney", "Borough lead, Hackney; Champion, Hackney");
                lead.checkAccessible("audit-round-planned");
            });
            Journeys.step("A cohort with a column of names is refused, the column named on the file input", () -> {
                lead.find("#file").sendKeys(withNames.toString());
                lead.clickButton("Upload the cohort and draw the sample");
                assertThat(lead.driver().getTitle()).startsWith("Error: ");
                assertThat(lead.find(".govuk-error-summary").getText()).contains("'Child name' is about a person").doesNotContain("Someone");
                assertThat(lead.find("#file-error").getText()).contains("'Child name'");
                lead.checkAccessible("audit-cohort-refused");
            });
            Journeys.step("A good cohort draws the sample, shared between the auditors by name", () -> {
                lead.find("#file").sendKeys(cohort.toString());
                lead.clickButton("Upload the cohort and draw the sample");
                assertThat(lead.find(".govuk-notification-banner").getText()).contains("the sample drawn");
                assertThat(lead.find("main").getText()).contains("The sample", "4 cases, by case reference", "from a cohort of 8 cases");
                List<WebElement> sampled = lead.findAll("table.govuk-table tbody tr");
                assertThat(sampled).hasSize(4);
                assertThat(lead.findAll("input[type=file]")).as("the sample stays as drawn").isEmpty();
                for (WebElement row : sampled) {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    if (cells.get(3).getText().equals("Practitioner, Hackney")) {
                        practitionersCases.add(cells.get(0).getText());
                    }
                }
                assertThat(practitionersCases).as("the cases dealt in turn").hasSize(2);
                lead.checkAccessible("audit-round-sampled");
            });
        }
        try (Browser auditor = new Browser(platform.uiApi(), "auditor")) {
            Journeys.step("An auditor sees the round with their own cases only", () -> {
                auditor.signIn("practitioner.hackney", DemoAccounts.DEMO_PASSWORD);
                auditor.clickLink("Case audits");
                auditor.clickLink(reference);
                assertThat(auditor.heading()).isEqualTo(reference);
                assertThat(auditor.find("main").getText()).contains("Your cases").doesNotContain("The sample");
                assertThat(auditor.findAll("table.govuk-table tbody tr").stream()
                        .map(row -> row.findElements(By.tagName("td")).get(0).getText()).toList())
                        .containsExactlyInAnyOrderElementsOf(practitionersCases);
                auditor.checkAccessible("audit-round-auditor");
            });
        }
        try (Browser projectManager = new Browser(platform.uiApi(), "audit-project-manager")) {
            Journeys.step("The project manager cancels the baseline's follow-up by a steering group decision of the demo's log", () -> {
                projectManager.signIn("project-manager.respect", DemoAccounts.DEMO_PASSWORD);
                projectManager.clickLink("Case audits");
                projectManager.clickLink(reference);
                assertThat(projectManager.find(".govuk-summary-list").getText()).contains("To have started by");
                projectManager.clickLink("Cancel its follow-up");
                assertThat(projectManager.heading()).isEqualTo("Cancel its follow-up");
                // The demo history's decision log is loaded off the start-up thread: the page offers its decisions once it is.
                for (int tries = 0; projectManager.findAll("input[name=decisionId]").isEmpty() && tries < 60; tries++) {
                    Thread.sleep(1000);
                    projectManager.driver().navigate().refresh();
                }
                projectManager.checkAccessible("audit-follow-up-cancel");
                projectManager.clickButton("Cancel the follow-up");
                assertThat(projectManager.find(".govuk-error-summary").getText()).contains("Select the steering group's decision");
                projectManager.checkAccessible("audit-follow-up-cancel-error");
                projectManager.click("input[name=decisionId]");
                projectManager.clickButton("Cancel the follow-up");
                assertThat(projectManager.heading()).isEqualTo(reference);
                assertThat(projectManager.find(".govuk-summary-list").getText()).contains("Cancelled on", "by a decision of the decision log");
                assertThat(projectManager.find("main").getText()).doesNotContain("Cancel its follow-up");
            });
        }
    }
}
