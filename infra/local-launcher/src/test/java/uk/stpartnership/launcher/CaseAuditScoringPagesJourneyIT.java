package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A round's tasks through the pages, in real Chromium, with the whole platform real: Hackney's lead plans the smallest
 * round (two cases, both moderated) and uploads its cohort; the auditor opens each case from "Your tasks" and scores
 * every criterion with its evidence (a first try with one evidence missing comes back with the error on that
 * criterion, the answers kept); the moderator scores both cases blind and disagrees on one criterion; the lead
 * resolves the disagreement; the borough lead signs the findings off from a link to them; the findings show the
 * figures. axe and the Nu HTML Checker check every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuditScoringPagesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int CRITERIA = 9;

    private LocalPlatform platform;
    private String roundId;
    private String reference;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-case-audit-scoring", false);
        PlatformClient lead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        PlatformClient.Answer planned = lead.post("/api/audits/rounds", """
                {"purpose": "BASELINE", "cohortDescription": "Closed to children's social care, domestic abuse a factor", "sampleSize": 2,
                 "dueOn": "%s", "auditors": ["practitioner.hackney"], "moderators": ["champion.hackney"]}""".formatted(TODAY.plusMonths(1)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        roundId = (String) planned.json().get("id");
        reference = (String) planned.json().get("reference");
        PlatformClient.Answer sampled = lead.post("/api/audits/rounds/" + roundId + "/cohort",
                "{\"file\":\"case_reference,team\\nHK-2022-0001,Assessment team 2\\nHK-2022-0002,Family support 1\\nHK-2022-0003,Assessment team 2\\n\"}");
        assertThat(sampled.status()).as(sampled.body()).isEqualTo(200);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void anAuditorAndAModeratorScoreEachCaseTheLeadResolvesTheirDisagreementAndTheBoroughLeadSignsOff() throws Exception {
        try (Browser auditor = new Browser(platform.uiApi(), "audit-scoring-auditor")) {
            auditor.signIn("practitioner.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The auditor opens a case from their tasks: the case and a fieldset per criterion", () -> {
                openTask(auditor, "Audit a case");
                assertThat(auditor.find(".govuk-summary-list").getText()).contains(reference, "Case reference", "HK-2022-000", "Team");
                assertThat(auditor.findAll("fieldset h3")).hasSize(CRITERIA);
                assertThat(auditor.find("main").getText()).contains("1. Harm is described", "Not met", "Partially met", "Evidence");
                auditor.checkAccessible("audit-case-task");
            });
            Journeys.step("Sent with one evidence missing, it comes back with the error on that criterion and the answers kept", () -> {
                score(auditor, "MET", "MET");
                auditor.find("#scores-4-evidenceNote").clear();
                auditor.clickButton("Complete the task");
                assertThat(auditor.driver().getTitle()).startsWith("Error: ");
                assertThat(auditor.find(".govuk-error-summary").getText()).contains("Enter the evidence for criterion 5")
                        .doesNotContain("criterion 4");
                assertThat(auditor.find("#scores-4-evidenceNote-error").getText()).contains("Enter the evidence for criterion 5");
                assertThat(auditor.find("input[name='scores[0].score'][value=MET]").isSelected()).isTrue();
                assertThat(auditor.find("#scores-0-evidenceNote").getAttribute("value")).isEqualTo("Evidence for criterion 1 from the case file");
                auditor.checkAccessible("audit-case-task-errors");
                auditor.type("scores-4-evidenceNote", "Evidence for criterion 5 from the case file");
                auditor.clickButton("Complete the task");
                assertThat(auditor.heading()).isEqualTo("Task complete");
            });
            Journeys.step("The auditor scores the other case, criterion 1 not met", () -> {
                openTask(auditor, "Audit a case");
                score(auditor, "NOT_MET", "MET");
                auditor.clickButton("Complete the task");
                assertThat(auditor.heading()).isEqualTo("Task complete");
            });
        }
        try (Browser moderator = new Browser(platform.uiApi(), "audit-scoring-moderator")) {
            moderator.signIn("champion.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The moderator scores both cases blind: no score of the auditor's on the page", () -> {
                for (int n = 0; n < 2; n++) {
                    openTask(moderator, "Moderate a case");
                    assertThat(moderator.findAll("input[type=radio]:checked")).as("nothing chosen for them").isEmpty();
                    assertThat(moderator.find("main").getText()).doesNotContain("auditor's score", "Evidence for criterion");
                    if (n == 0) {
                        moderator.checkAccessible("moderate-case-task");
                    }
                    score(moderator, "MET", "MET");
                    moderator.clickButton("Complete the task");
                    assertThat(moderator.heading()).isEqualTo("Task complete");
                }
            });
        }
        try (Browser lead = new Browser(platform.uiApi(), "audit-scoring-lead")) {
            lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The lead resolves the disagreement: the criterion and both scores in words", () -> {
                openTask(lead, "Resolve a disagreement");
                assertThat(lead.find(".govuk-summary-list").getText()).contains("Harm is described", "The auditor's score Not met",
                        "The moderator's score Met");
                lead.checkAccessible("resolve-audit-disagreement-task");
                lead.click("input[name=score][value=NOT_MET]");
                lead.type("note", "The file describes incidents, not the pattern");
                lead.clickButton("Complete the task");
                assertThat(lead.heading()).isEqualTo("Task complete");
            });
        }
        try (Browser boroughLead = new Browser(platform.uiApi(), "audit-scoring-borough-lead")) {
            boroughLead.signIn("borough-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The borough lead reads the findings from the sign-off and signs them off", () -> {
                openTask(boroughLead, "Sign off a case audit");
                boroughLead.checkAccessible("sign-off-audit-findings-task");
                String task = boroughLead.driver().getCurrentUrl();
                boroughLead.clickLink("the findings of " + reference);
                assertThat(boroughLead.heading()).isEqualTo("Findings of " + reference);
                assertThat(boroughLead.find("main").getText()).contains("1 (50%)", "2 (100%)");
                boroughLead.checkAccessible("audit-findings-scored");
                boroughLead.driver().navigate().to(task);
                boroughLead.click("input[name=findingsRight][value=yes]");
                boroughLead.clickButton("Complete the task");
                assertThat(boroughLead.heading()).isEqualTo("Task complete");
            });
            Journeys.step("The round is signed off and links to its findings", () -> await().atMost(WAIT).untilAsserted(() -> {
                boroughLead.open("/audits/rounds/" + roundId);
                assertThat(boroughLead.find(".govuk-summary-list").getText()).contains("Findings signed off");
                boroughLead.clickLink("The round's findings");
                assertThat(boroughLead.heading()).isEqualTo("Findings of " + reference);
            }));
        }
    }

    /** The person's first task of that title, from "Your tasks", once the process has made it. */
    private static void openTask(Browser person, String title) {
        await().atMost(WAIT).untilAsserted(() -> {
            person.open("/");
            assertThat(person.findAll("a[href^='/tasks/']").stream().map(WebElement::getText)).anyMatch(text -> text.startsWith(title));
        });
        person.clickLink(title);
    }

    /** Every criterion scored {@code others} with its evidence, but the first {@code first}. */
    private static void score(Browser person, String first, String others) {
        for (int i = 0; i < CRITERIA; i++) {
            person.click("input[name='scores[" + i + "].score'][value=" + (i == 0 ? first : others) + "]");
            person.type("scores-" + i + "-evidenceNote", "Evidence for criterion " + (i + 1) + " from the case file");
        }
    }
}
