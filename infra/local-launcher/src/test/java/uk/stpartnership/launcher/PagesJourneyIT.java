package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages, in real Chromium, with the services, engine, PostgreSQL and mail all real: a practitioner requests a case
 * consultation, and the borough's lead claims and completes it from their task list; a lead of another borough gets
 * the 404 page for it. axe checks every page on the way; the keyboard finds the skip link first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-pages", false);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void aPractitionerRequestsAConsultationAndTheLeadCompletesItFromTheirTasks() throws Exception {
        String caseReference = "HK-2026-PAGES";
        String taskPath;
        try (Browser practitioner = new Browser(platform.uiApi(), "practitioner")) {
            Journeys.step("A person who is not signed in is sent to sign in", () -> {
                practitioner.open("/");
                assertThat(practitioner.driver().getCurrentUrl()).contains("/sign-in");
                assertThat(practitioner.heading()).isEqualTo("Sign in");
                practitioner.checkAccessible("sign-in");
            });
            Journeys.step("The keyboard reaches the skip link first", () -> {
                new Actions(practitioner.driver()).sendKeys(Keys.TAB).perform();
                WebElement focused = practitioner.driver().switchTo().activeElement();
                assertThat(focused.getText()).isEqualTo("Skip to main content");
            });
            Journeys.step("A wrong password is an error on the page", () -> {
                practitioner.signIn("practitioner.hackney", "not-the-password");
                assertThat(practitioner.find(".govuk-error-summary").getText()).contains("Enter a correct username and password");
                practitioner.checkAccessible("sign-in-error");
            });
            Journeys.step("The practitioner signs in with the keyboard only, and has nothing to do yet", () -> {
                practitioner.signInWithTheKeyboard("practitioner.hackney", DemoAccounts.DEMO_PASSWORD);
                assertThat(practitioner.heading()).isEqualTo("Your tasks");
                assertThat(practitioner.find(".govuk-service-navigation").getText()).contains("Your tasks (0)");
                practitioner.checkAccessible("your-tasks-start");
            });
            Journeys.step("A request without its details comes back with the error summary, focused", () -> {
                practitioner.clickLink("Case consultations");
                assertThat(practitioner.heading()).isEqualTo("Your borough's case consultations");
                practitioner.clickLink("Request a case consultation");
                assertThat(practitioner.heading()).isEqualTo("Request a case consultation");
                practitioner.checkAccessible("request-consultation");
                practitioner.type("practitionerRole", "Social worker");
                practitioner.clickButton("Request the consultation");
                assertThat(practitioner.driver().getTitle()).startsWith("Error: ");
                assertThat(practitioner.find(".govuk-error-summary").getText()).contains("Enter the case reference", "Enter what you would like help with");
                assertThat(practitioner.find("#practitionerRole").getAttribute("value")).isEqualTo("Social worker");
                assertThat(practitioner.driver().switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
                practitioner.checkAccessible("request-consultation-errors");
            });
            Journeys.step("The practitioner requests the consultation with the keyboard only", () -> {
                practitioner.tabTo("caseReference").sendKeys(caseReference);
                practitioner.tabTo("helpWanted").sendKeys("Pivoting to the father in the child protection plan");
                practitioner.pressWithTheKeyboard("Request the consultation");
                assertThat(practitioner.find(".govuk-panel__title").getText()).isEqualTo("Case consultation requested");
                practitioner.checkAccessible("consultation-requested");
                practitioner.clickButton("Sign out");
                assertThat(practitioner.find(".govuk-notification-banner").getText()).contains("You have signed out");
                practitioner.open("/");
                assertThat(practitioner.driver().getCurrentUrl()).contains("/sign-in");
            });
        }
        try (Browser lead = new Browser(platform.uiApi(), "lead")) {
            lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The lead finds the consultation in their tasks", () -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                lead.open("/");
                assertThat(lead.find("main").getText()).contains(caseReference);
            }));
            lead.checkAccessible("lead-your-tasks");
            lead.clickLink("Hold case consultation");
            taskPath = java.net.URI.create(lead.driver().getCurrentUrl()).getPath();
            Journeys.step("The lead claims the task and sends the form without its answers", () -> {
                assertThat(lead.find(".govuk-summary-list").getText()).contains(caseReference, "Pivoting to the father");
                lead.checkAccessible("task");
                lead.clickButton("Claim it");
                assertThat(lead.find(".govuk-summary-list").getText()).contains("implementation-lead.hackney");
                lead.clickButton("Complete the task");
                assertThat(lead.find(".govuk-error-summary").getText()).contains("Enter date of the consultation");
                lead.checkAccessible("task-errors");
            });
            Journeys.step("The lead completes the consultation", () -> {
                lead.typeDate("consultationDate", TODAY);
                lead.click("input[name=themes][value=PERPETRATOR_PATTERN_MAPPING]");
                lead.click("input[name=followUpNeeded][value=no]");
                lead.clickButton("Complete the task");
                assertThat(lead.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
                lead.checkAccessible("task-complete");
            });
        }
        try (Browser newham = new Browser(platform.uiApi(), "newham-lead")) {
            Journeys.step("A lead of another borough gets the 404 page for the task", () -> {
                newham.signIn("implementation-lead.newham", DemoAccounts.DEMO_PASSWORD);
                newham.open(taskPath);
                assertThat(newham.heading()).isEqualTo("Page not found");
                newham.checkAccessible("not-found");
            });
        }
    }
}
