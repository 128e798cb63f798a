package uk.stpartnership.launcher;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.stpartnership.launcher.Journeys.step;

/**
 * A complaint through the pages, in real Chromium, with the services, engine, PostgreSQL and mail all real: Hackney's
 * complaints officer records a complaint from the person causing harm, with the refuge as a protected detail on its
 * own step; the manager assigns the S&T reviewer, who does the review; the officer's draft naming the refuge is
 * blocked and the pages show what matched; the corrected response reaches the complainant with no protected detail.
 * An officer of another borough gets the 404 page for the complaint. axe and the HTML checker run on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintPagesJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String COMPLAINANT = "complainant.pages@example.test";
    private static final String REFUGE = "Nightingale House";
    private static final String AREA = "Walthamstow";
    private static final String NAMING_THE_REFUGE = "We looked into your concerns. The staff at " + REFUGE
            + " were not involved in the decisions you describe. We do not uphold your complaint.";
    private static final String CLEAN = "We looked into your concerns. Your social worker followed the plan agreed at the child"
            + " protection conference. We do not uphold your complaint.";

    private LocalPlatform platform;
    private String complaintPath;
    private String reference;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-complaint-pages", false);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void theOfficerRecordsAComplaintFromThePersonCausingHarmAndADraftNamingTheRefugeIsStopped() throws Exception {
        try (Browser officer = new Browser(platform.uiApi(), "officer")) {
            officer.signIn("complaints-officer.hackney", DemoAccounts.DEMO_PASSWORD);
            step("1. The officer records a complaint; what is missing comes back on its step, with the answers kept", () -> {
                officer.clickLink("Complaints");
                assertThat(officer.heading()).isEqualTo("Complaints");
                officer.checkAccessible("complaints");
                officer.clickLink("Record a complaint");
                officer.checkAccessible("record-complaint");
                officer.type("complainantName", "Mr D Reid");
                officer.clickButton("Continue to the protected details");
                assertThat(officer.heading()).isEqualTo("Protected details");
                officer.checkAccessible("protected-details-step");
                officer.clickButton("Record the complaint");
                assertThat(officer.driver().getTitle()).startsWith("Error: ");
                assertThat(officer.heading()).isEqualTo("Record a complaint");
                assertThat(officer.find(".govuk-error-summary").getText()).contains("Enter date the complaint was received",
                        "Enter what the complaint is about");
                assertThat(officer.find("#complainantName").getAttribute("value")).isEqualTo("Mr D Reid");
                officer.checkAccessible("record-complaint-errors");
            });
            step("2. With its details and two protected details, the complaint is recorded; its page never shows them", () -> {
                officer.typeDate("receivedOn", TODAY);
                officer.click("input[name=channel][value=EMAIL]");
                officer.type("complainantEmail", COMPLAINANT);
                officer.click("input[name=complainantRelationship][value=PERSON_CAUSING_HARM]");
                officer.click("input[name=complainantIsPersonCausingHarm][value=YES]");
                officer.type("workers-0", "Jo Okafor");
                officer.type("team", "Children and Families Unit 4");
                officer.type("workerManager-email", "team.manager@hackney.test");
                officer.type("caseReference", "HK-2026-0042");
                officer.type("about", "She sided with my ex-partner and wrote falsehoods in the conference report");
                officer.clickButton("Continue to the protected details");
                officer.click("input[name='protectedDetails[0].kind'][value=REFUGE]");
                officer.type("protectedDetails-0-detail", REFUGE);
                officer.clickButton("Add another");
                officer.click("input[name='protectedDetails[1].kind'][value=AREA]");
                officer.type("protectedDetails-1-detail", AREA);
                officer.clickButton("Record the complaint");
                assertThat(officer.find(".govuk-notification-banner").getText()).contains("Complaint recorded");
                reference = officer.heading();
                complaintPath = URI.create(officer.driver().getCurrentUrl()).getPath();
                String page = officer.find("main").getText();
                assertThat(page).contains("2 recorded: refuge, area", "Person causing harm", "Complaint received")
                        .doesNotContain(REFUGE).doesNotContain(AREA);
                officer.checkAccessible("complaint");
            });
            step("3. The protected details are on their own page, for the complaints team", () -> {
                officer.clickLink("See the protected details");
                assertThat(officer.find("table").getText()).contains("Refuge", REFUGE, "Area", AREA);
                officer.checkAccessible("complaint-protected-details");
            });
            step("4. The officer acknowledges the complaint from their tasks", () -> {
                openTask(officer, "Acknowledge the complaint");
                officer.clickButton("Complete the task");
                assertThat(officer.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
                await().atMost(WAIT).until(() -> !Journeys.mailTo(platform, COMPLAINANT).isEmpty());
            });
        }
        try (Browser manager = new Browser(platform.uiApi(), "manager")) {
            manager.signIn("complaints-manager.hackney", DemoAccounts.DEMO_PASSWORD);
            step("5. The manager assigns the S&T reviewer on the complaint's page", () -> {
                manager.open(complaintPath);
                manager.clickLink("Change who is assigned");
                manager.checkAccessible("complaint-assignments");
                manager.type("reviewerId", "st-reviewer.hackney");
                manager.clickButton("Save the assignments");
                assertThat(manager.find(".govuk-notification-banner").getText()).contains("Assignments saved");
                assertThat(manager.find("main").getText()).contains("st-reviewer.hackney");
            });
        }
        try (Browser reviewer = new Browser(platform.uiApi(), "reviewer")) {
            reviewer.signIn("st-reviewer.hackney", DemoAccounts.DEMO_PASSWORD);
            step("6. The reviewer answers the nine checks and finds a pattern of systems abuse", () -> {
                openTask(reviewer, "Perpetrator-proofing review");
                reviewer.checkAccessible("review-task");
                List<String> checks = List.of("RISK_TO_VICTIM_SURVIVOR", "SHIFTS_BLAME_TO_NON_ABUSIVE_PARENT", "REOPENS_SAFETY_DECISIONS",
                        "PART_OF_A_PATTERN", "PERPETRATOR_PATTERN_RECORDED", "DRAFT_DISCLOSES_ABOUT_SURVIVOR", "DRAFT_FREE_OF_VICTIM_BLAMING",
                        "WORKER_NEEDS_SUPPORT", "PARTNER_AGENCIES_CONSULTED");
                // The nine checks are drawn at once, each with its check chosen.
                for (int i = 0; i < checks.size(); i++) {
                    assertThat(reviewer.find("input[name='checks[" + i + "].check'][value=" + checks.get(i) + "]").isSelected()).isTrue();
                    reviewer.click("input[name='checks[" + i + "].answer'][value=" + (i < 5 ? "YES" : "NOT_KNOWN") + "]");
                    reviewer.type("checks-" + i + "-note", "Considered with the case file");
                }
                reviewer.click("input[name=conclusion][value=YES]");
                reviewer.type("safeguards", "Nothing about the mother or the children in any response");
                reviewer.clickButton("Complete the task");
                assertThat(reviewer.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
            });
        }
        try (Browser manager = new Browser(platform.uiApi(), "manager-support")) {
            manager.signIn("complaints-manager.hackney", DemoAccounts.DEMO_PASSWORD);
            step("7. The manager agrees support for the worker", () -> {
                openTask(manager, "Agree support for the worker");
                manager.click("input[name=supportAgreed][value=yes]");
                manager.type("supportNote", "Weekly supervision");
                manager.click("input[name=safetyPlanNeeded][value=no]");
                manager.clickButton("Complete the task");
                assertThat(manager.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
            });
        }
        try (Browser officer = new Browser(platform.uiApi(), "officer-response")) {
            officer.signIn("complaints-officer.hackney", DemoAccounts.DEMO_PASSWORD);
            step("8. Screening the draft shows what it names", () -> {
                officer.open(complaintPath);
                officer.clickLink("Screen a draft response");
                officer.tabTo("text").sendKeys(NAMING_THE_REFUGE);
                officer.pressWithTheKeyboard("Screen the draft");
                assertThat(officer.find(".app-screening-matches").getText()).contains("Refuge: " + REFUGE);
                officer.checkAccessible("screen-draft-blocked");
            });
            step("9. The draft naming the refuge is blocked: the revision shows what matched, and nothing is sent", () -> {
                openTask(officer, "Respond at stage 1");
                officer.click("input[name=decision][value=RESPOND]");
                officer.click("input[name=outcome][value=NOT_UPHELD]");
                officer.type("draftResponse", NAMING_THE_REFUGE);
                officer.clickButton("Complete the task");
                assertThat(officer.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
                openTask(officer, "Revise the response");
                assertThat(officer.find(".govuk-summary-list").getText()).contains("REFUGE: " + REFUGE);
                officer.checkAccessible("revise-response");
                assertThat(Journeys.mailTo(platform, COMPLAINANT)).as("the acknowledgement only").hasSize(1);
                officer.open(complaintPath);
                assertThat(officer.find(".app-timeline").getText()).contains("Draft response blocked", "It named the refuge")
                        .doesNotContain(REFUGE);
                officer.checkAccessible("complaint-timeline");
            });
            step("10. The corrected draft goes once the reviewer confirms it", () -> {
                openTask(officer, "Revise the response");
                officer.type("draftResponse", CLEAN);
                officer.clickButton("Complete the task");
            });
        }
        try (Browser reviewer = new Browser(platform.uiApi(), "reviewer-confirm")) {
            reviewer.signIn("st-reviewer.hackney", DemoAccounts.DEMO_PASSWORD);
            openTask(reviewer, "Confirm the final text");
            reviewer.click("input[name=finalTextConfirmed][value=yes]");
            reviewer.clickButton("Complete the task");
            List<MimeMessage> mail = await().atMost(WAIT).until(() -> Journeys.mailTo(platform, COMPLAINANT), all -> all.size() == 2);
            String response = LocalMail.plainText(mail.get(1));
            assertThat(response).contains(CLEAN).doesNotContain(REFUGE).doesNotContain(AREA);
        }
        try (Browser manager = new Browser(platform.uiApi(), "manager-audit")) {
            manager.signIn("complaints-manager.hackney", DemoAccounts.DEMO_PASSWORD);
            step("11. The manager sees the audit trail and the missed deadlines", () -> {
                manager.open(complaintPath);
                manager.clickLink("See the audit trail");
                assertThat(manager.find("table").getText()).contains("complaints-officer.hackney", "st-reviewer.hackney", "Read");
                manager.checkAccessible("complaint-audit");
                manager.open("/complaints/missed-deadlines");
                manager.checkAccessible("missed-deadlines");
            });
        }
        try (Browser newham = new Browser(platform.uiApi(), "newham-officer")) {
            step("12. An officer of another borough, signed in with the keyboard, gets the 404 page for the complaint", () -> {
                newham.signInWithTheKeyboard("complaints-officer.newham", DemoAccounts.DEMO_PASSWORD);
                newham.open(complaintPath);
                assertThat(newham.heading()).isEqualTo("Page not found");
                newham.open(complaintPath + "/protected-details");
                assertThat(newham.heading()).isEqualTo("Page not found");
            });
        }
    }

    /** Opens the person's task of that title on this complaint, once its process has made it. */
    /** Opens the task from the list; the list and the task's page are two reads, so its form is waited for too. */
    private void openTask(Browser person, String title) {
        await().atMost(WAIT).untilAsserted(() -> {
            person.open("/");
            String link = taskLink(person, title);
            assertThat(link).as("%s for %s in the tasks of %s", title, reference, person).isNotNull();
            person.open(link);
            assertThat(person.hasButton("Complete the task")).as("the form of %s, on a page that shows:%n%s", title, person.pageText()).isTrue();
        });
    }

    private String taskLink(Browser person, String title) {
        for (WebElement row : person.findAll("tbody tr")) {
            if (row.getText().contains(reference)) {
                for (WebElement link : row.findElements(By.tagName("a"))) {
                    if (link.getText().strip().equals(title)) {
                        return URI.create(link.getAttribute("href")).getPath();
                    }
                }
            }
        }
        return null;
    }
}
