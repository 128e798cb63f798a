package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.time.Duration;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The implementation lead's champion pages in real Chromium: a team added to the register shows on the coverage page
 * flagged as having no champion, a nomination with its errors first; once the nominee and their manager agree, the
 * champion in training on their own page. A practitioner applies from their training page. People are shown by name.
 * axe and the Nu HTML Checker check every page on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChampionPagesJourneyIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-champions", false);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    @Test
    void theLeadRegistersATeamSeesItUncoveredAndNominatesAPractitioner() throws Exception {
        try (Browser lead = new Browser(platform.uiApi(), "champions-lead")) {
            Journeys.step("The lead opens the champions and sees none yet", () -> {
                lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
                lead.clickLink("Champions");
                assertThat(lead.heading()).isEqualTo("Champions");
                assertThat(lead.find("main").getText()).contains("There are no champions yet");
                lead.checkAccessible("champions");
            });
            Journeys.step("A team without a name comes back with its error", () -> {
                lead.clickLink("Coverage by team");
                assertThat(lead.heading()).isEqualTo("Champion coverage");
                lead.clickButton("Add the team");
                assertThat(lead.driver().getTitle()).startsWith("Error: ");
                assertThat(lead.find(".govuk-error-summary").getText()).contains("Enter the team's name");
                lead.checkAccessible("champion-coverage-errors");
            });
            Journeys.step("The team added is flagged: it has no active champion", () -> {
                lead.type("name", "Assessment team 2");
                lead.clickButton("Add the team");
                assertThat(lead.find(".govuk-notification-banner").getText()).contains("The team is on the register");
                assertThat(lead.find("table.govuk-table").getText()).contains("Assessment team 2", "No active champion");
                assertThat(lead.find(".govuk-warning-text").getText()).contains("1 team on this page has no active champion");
                lead.checkAccessible("champion-coverage");
            });
            Journeys.step("A nomination without its answers comes back with each error", () -> {
                lead.clickLink("Nominate a practitioner");
                assertThat(lead.heading()).isEqualTo("Nominate a champion");
                lead.type("candidate", "practitioner.hackney");
                lead.clickButton("Nominate");
                assertThat(lead.driver().getTitle()).startsWith("Error: ");
                assertThat(lead.find(".govuk-error-summary").getText())
                        .contains("Select their team", "Enter their role", "Enter years in the borough", "Enter their line manager's username");
                assertThat(lead.find("#candidate").getAttribute("value")).isEqualTo("practitioner.hackney");
                lead.checkAccessible("nominate-champion-errors");
            });
            Journeys.step("The nomination is made and waits for the practitioner", () -> {
                lead.click("input[name=teamId]");
                lead.type("practitionerRole", "Senior social worker");
                lead.type("yearsInBorough", "8");
                lead.type("lineManager", "borough-lead.hackney");
                lead.clickButton("Nominate");
                assertThat(lead.heading()).isEqualTo("Champion nominations");
                assertThat(lead.find(".govuk-notification-banner").getText()).contains("The practitioner is nominated");
                assertThat(lead.find("table.govuk-table").getText())
                        .contains("Practitioner, Hackney", "Assessment team 2", "Senior social worker", "Waiting for the candidate");
                lead.checkAccessible("champion-nominations");
            });
        }
        completeTask("practitioner.hackney", "confirm-champion-interest", "{\"interested\":true}");
        completeTask("borough-lead.hackney", "agree-champion-release-time", "{\"releaseAgreed\":true}");
        PlatformClient leadApi = PlatformClient.signIn(platform.uiApi(), "implementation-lead.hackney");
        await().atMost(WAIT).until(() -> leadApi.get("/api/champions").items(), champions -> !champions.isEmpty());
        try (Browser lead = new Browser(platform.uiApi(), "champions-lead-later")) {
            Journeys.step("With the manager's agreement the practitioner is a champion in training", () -> {
                lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
                lead.clickLink("Champions");
                assertThat(lead.find("table.govuk-table").getText()).contains("Practitioner, Hackney", "Assessment team 2", "In training");
                lead.clickLink("Practitioner, Hackney");
                assertThat(lead.heading()).isEqualTo("Practitioner, Hackney");
                assertThat(lead.find(".govuk-summary-list").getText()).contains("Assessment team 2", "Borough lead, Hackney", "Not yet");
                lead.checkAccessible("champion");
            });
        }
    }

    @Test
    void aPractitionerAppliesFromTheirTrainingPage() throws Exception {
        PlatformClient newhamLead = PlatformClient.signIn(platform.uiApi(), "implementation-lead.newham");
        assertThat(newhamLead.post("/api/champions/teams", "{\"name\":\"Family support 3\"}").status()).isEqualTo(201);
        try (Browser practitioner = new Browser(platform.uiApi(), "champion-applicant")) {
            Journeys.step("The practitioner finds the application on their training page; without answers it comes back with each error", () -> {
                practitioner.signIn("practitioner.newham", DemoAccounts.DEMO_PASSWORD);
                practitioner.clickLink("Training");
                practitioner.clickLink("apply to become a champion");
                assertThat(practitioner.heading()).isEqualTo("Apply to become a champion");
                assertThat(practitioner.findAll("#candidate")).as("the applicant is the person signed in").isEmpty();
                practitioner.checkAccessible("champion-application");
                practitioner.clickButton("Apply");
                assertThat(practitioner.driver().getTitle()).startsWith("Error: ");
                assertThat(practitioner.find(".govuk-error-summary").getText())
                        .contains("Select your team", "Enter your role", "Enter years in the borough", "Enter your line manager's username");
                practitioner.checkAccessible("champion-application-errors");
            });
            Journeys.step("With their answers the application is sent", () -> {
                practitioner.click("input[name=teamId]");
                practitioner.type("practitionerRole", "Family support worker");
                practitioner.type("yearsInBorough", "6");
                practitioner.type("lineManager", "borough-lead.newham");
                practitioner.clickButton("Apply");
                assertThat(practitioner.find(".govuk-notification-banner").getText()).contains("Your application is sent");
                practitioner.checkAccessible("champion-application-sent");
            });
        }
        assertThat(newhamLead.get("/api/champions/nominations").items())
                .anySatisfy(nomination -> assertThat(nomination).containsEntry("candidate", "practitioner.newham")
                        .containsEntry("route", "APPLICATION").containsEntry("status", "AWAITING_LEAD"));
    }

    /** The person's task of that kind, once the process has made it, completed through the API. */
    private void completeTask(String username, String kind, String answers) {
        PlatformClient person = PlatformClient.signIn(platform.uiApi(), username);
        String key = await().atMost(WAIT).until(() -> person.tasks().stream().filter(task -> kind.equals(task.get("kind")))
                .map(task -> (String) task.get("key")).findFirst().orElse(null), Objects::nonNull);
        assertThat(person.post("/api/tasks/" + key + "/complete", answers).status()).isEqualTo(200);
    }
}
