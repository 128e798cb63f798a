package uk.stpartnership.launcher;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.launcher.demo.DemoAccounts;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Training through the pages, in real Chromium, with the whole platform real: Hackney's implementation lead sets up
 * an Overview cohort of one place (a form sent without answers comes back with its errors), books it for a
 * practitioner and puts a champion on the waiting list; the practitioner sees only their own booking and cancels it,
 * and the champion has the place, is told by email and invited to the day. Newham's lead cannot open the cohort. axe and the Nu HTML Checker check every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingPagesJourneyIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration WAIT = Duration.ofSeconds(45);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startForTheBrowser("st-platform-training-pages", false);
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform);
    }

    private List<String> subjectsTo(String address) {
        return Journeys.mailTo(platform, address).stream().map(TrainingPagesJourneyIT::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLeadSetsUpACohortBooksItAndTheWaitingListIsPromotedWhenSomeoneCancels() throws Exception {
        LocalDate day = LocalDate.now(LONDON).plusWeeks(3);
        try (Browser lead = new Browser(platform.uiApi(), "hackney-lead");
             Browser practitioner = new Browser(platform.uiApi(), "practitioner");
             Browser newhamLead = new Browser(platform.uiApi(), "newham-lead")) {
            lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The lead finds training", () -> {
                lead.clickLink("Training");
                assertThat(lead.heading()).isEqualTo("Training");
                lead.checkAccessible("training");
            });
            Journeys.step("A cohort sent without its course, trainer and day comes back with each error on its input", () -> {
                lead.clickLink("Set up a cohort");
                lead.checkAccessible("cohort-form");
                lead.clickButton("Set up the cohort");
                assertThat(lead.find(".govuk-error-summary").getText()).contains("Enter the course", "Enter the trainer");
                lead.checkAccessible("cohort-form-errors");
            });
            Journeys.step("The cohort is set up with one place", () -> {
                lead.click("input[name=course][value=OVERVIEW]");
                lead.type("trainer", "st-reviewer.respect");
                lead.type("venue", "Hackney Town Hall, committee room 2");
                lead.type("capacity", "1");
                lead.typeDate("day1", day);
                lead.clickButton("Set up the cohort");
                assertThat(lead.heading()).startsWith("Overview: ");
                assertThat(lead.find(".govuk-summary-list").getText()).contains("0 of 1 taken", "No one is waiting");
                lead.checkAccessible("cohort");
            });
            String cohortPath = URI.create(lead.driver().getCurrentUrl()).getPath();
            Journeys.step("The place goes to the practitioner, the champion goes on the waiting list", () -> {
                lead.type("personId", "practitioner.hackney");
                lead.clickButton("Book the place");
                lead.type("personId", "champion.hackney");
                lead.clickButton("Book the place");
                assertThat(lead.find(".govuk-summary-list").getText()).contains("1 of 1 taken", "1 person waiting");
                String bookings = lead.find("table:last-of-type").getText();
                assertThat(lead.findAll("tbody tr").stream().map(row -> row.getText()).toList())
                        .anyMatch(row -> row.contains("Place confirmed")).anyMatch(row -> row.contains("Waiting list, number 1"));
                assertThat(bookings).isNotEmpty();
                lead.checkAccessible("cohort-waiting-list");
            });
            Journeys.step("Newham's lead cannot open Hackney's cohort", () -> {
                newhamLead.signIn("implementation-lead.newham", DemoAccounts.DEMO_PASSWORD);
                newhamLead.open(cohortPath);
                assertThat(newhamLead.heading()).isEqualTo("Page not found");
            });
            Journeys.step("The practitioner sees their own booking only, and cancels it", () -> {
                practitioner.signIn("practitioner.hackney", DemoAccounts.DEMO_PASSWORD);
                practitioner.clickLink("Training");
                assertThat(practitioner.find("main").getText()).contains("Place confirmed");
                practitioner.open(cohortPath);
                assertThat(practitioner.findAll("tbody tr").stream().map(row -> row.getText()).toList())
                        .noneMatch(row -> row.contains("Waiting list"));
                practitioner.checkAccessible("cohort-own-booking");
                practitioner.clickButton("Cancel");
                assertThat(practitioner.find("main").getText()).contains("No one you can see has booked yet");
            });
            Journeys.step("The champion has the place now", () -> {
                lead.open(cohortPath);
                assertThat(lead.find(".govuk-summary-list").getText()).contains("1 of 1 taken", "No one is waiting");
                assertThat(lead.findAll("tbody tr").stream().map(row -> row.getText()).toList())
                        .anyMatch(row -> row.contains("Place confirmed")).noneMatch(row -> row.contains("Waiting list"));
            });
            Journeys.step("The champion is told by email, then invited to the day with a calendar invitation", () -> {
                List<String> subjects = await().atMost(WAIT).until(() -> subjectsTo("champion.hackney@st-partnership.test"),
                        mail -> mail.contains("Invitation: Overview: day 1 of 1"));
                assertThat(subjects).contains("You are on the waiting list for Overview training", "A place on Overview training is now yours");
                MimeMessage invitation = Journeys.mailTo(platform, "champion.hackney@st-partnership.test").stream()
                        .filter(m -> subject(m).startsWith("Invitation:")).findFirst().orElseThrow();
                assertThat(invitation.getContent()).as("the invitation with its calendar attached").isInstanceOf(Multipart.class);
            });
        }
    }
    @Test
    void aLeadRecordsELearningAndThePractitionerSeesItOnTheirTrainingRecord() throws Exception {
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        try (Browser lead = new Browser(platform.uiApi(), "hackney-lead-e-learning");
             Browser practitioner = new Browser(platform.uiApi(), "practitioner-record");
             Browser newhamLead = new Browser(platform.uiApi(), "newham-lead-record")) {
            lead.signIn("implementation-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("E-learning sent without its answers, then with a day to come, comes back with each error", () -> {
                lead.clickLink("Training");
                lead.clickLink("record an e-learning course someone completed");
                assertThat(lead.heading()).isEqualTo("Record e-learning completed");
                assertThat(lead.findAll("input[name=course]")).as("e-learning courses only").hasSize(1);
                lead.checkAccessible("completion-form");
                lead.clickButton("Record it");
                assertThat(lead.find(".govuk-error-summary").getText())
                        .contains("Enter the person's username", "Select the course", "Enter the day they completed it");
                lead.type("personId", "practitioner.hackney");
                lead.click("input[name=course][value=SUPERVISORS]");
                lead.typeDate("completedOn", LocalDate.now(LONDON).plusDays(2));
                lead.clickButton("Record it");
                assertThat(lead.find(".govuk-error-summary").getText()).contains("The day they completed it must be today or earlier");
                assertThat(lead.find("#personId").getAttribute("value")).isEqualTo("practitioner.hackney");
                lead.checkAccessible("completion-form-errors");
            });
            Journeys.step("Recorded, it shows on the practitioner's record", () -> {
                lead.typeDate("completedOn", yesterday);
                lead.clickButton("Record it");
                assertThat(lead.find(".govuk-notification-banner").getText()).contains("The completion is recorded");
                assertThat(lead.heading()).isEqualTo("Practitioner, Hackney");
                assertThat(lead.find("main").getText()).contains("Supervisor pathway", "Supervisors", DAY.format(yesterday));
                lead.checkAccessible("training-record");
            });
            String recordPath = URI.create(lead.driver().getCurrentUrl()).getPath();
            Journeys.step("The practitioner finds it from their training page; Newham's lead cannot see it", () -> {
                practitioner.signIn("practitioner.hackney", DemoAccounts.DEMO_PASSWORD);
                practitioner.clickLink("Training");
                practitioner.clickLink("See the courses you have completed");
                assertThat(practitioner.find("main").getText()).contains("Supervisors", DAY.format(yesterday), "Not yet");
                newhamLead.signIn("implementation-lead.newham", DemoAccounts.DEMO_PASSWORD);
                newhamLead.open(recordPath);
                assertThat(newhamLead.heading()).isEqualTo("Page not found");
            });
        }
    }
}
