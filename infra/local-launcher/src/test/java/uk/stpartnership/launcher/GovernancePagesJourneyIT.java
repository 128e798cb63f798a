package uk.stpartnership.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.stpartnership.launcher.demo.DemoAccounts;
import uk.stpartnership.testsupport.TestEngine;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A governance cycle through the pages, in real Chromium, with the services, PostgreSQL and mail real and the engine in
 * memory so that its clock can move through the cycle's days: a project manager sets up a series (previewing its
 * meeting days), a member adds an agenda item, the chair records the minutes with a decision and two actions on the
 * task page; one action is done, the other goes overdue (its process's timer escalates it) and shows on the steering
 * overview, and its owner gives it a new due date; the project manager changes the series' cadence. axe and the Nu
 * HTML Checker check every page on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernancePagesJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final String SERIES = "Match funding pages group";
    private static final String ITEM = "Hackney's match-funding sign-off";
    private static final String DECISION = "Every borough signs its match-funding commitment";
    private static final String HACKNEY_ACTION = "Hackney signs its commitment";
    private static final String NEWHAM_ACTION = "Newham signs its commitment";

    private final TestEngine engine = TestEngine.start();
    private final EngineAhead engineClock = new EngineAhead(engine);
    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        Browser.assumeChromium();
        platform = Journeys.startOn(engine, "st-platform-governance-pages");
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform, engine);
    }

    @Test
    void aSeriesIsSetUpAnItemAddedTheMinutesRecordedAndAnOverdueActionReachesTheSteeringOverview() throws Exception {
        LocalDate firstMeeting = LocalDate.now(LONDON).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        PlatformClient projectManagerApi = PlatformClient.signIn(platform.uiApi(), "project-manager.respect");
        try (Browser projectManager = new Browser(platform.uiApi(), "project-manager");
             Browser hackneyLead = new Browser(platform.uiApi(), "hackney-lead");
             Browser newhamLead = new Browser(platform.uiApi(), "newham-lead");
             Browser outsider = new Browser(platform.uiApi(), "outsider")) {
            projectManager.signIn("project-manager.respect", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The project manager finds the meeting series", () -> {
                projectManager.clickLink("Governance");
                assertThat(projectManager.heading()).isEqualTo("Meeting series");
                projectManager.checkAccessible("series-list");
            });
            Journeys.step("A cadence the page cannot read comes back with the phrasings it can", () -> {
                projectManager.clickLink("Set up a meeting series");
                projectManager.checkAccessible("series-form");
                projectManager.type("title", SERIES);
                projectManager.type("cadence", "now and then");
                projectManager.clickButton("Preview the meeting days");
                assertThat(projectManager.find(".govuk-error-summary").getText()).contains("Enter how often it meets in one of the ways shown");
                assertThat(projectManager.find("#cadence-hint").getText()).contains("every 2 weeks on Tuesday");
                assertThat(projectManager.find("#title").getAttribute("value")).isEqualTo(SERIES);
                projectManager.checkAccessible("series-form-errors");
            });
            Journeys.step("The preview shows the next six meeting days, and the series is saved", () -> {
                projectManager.type("cadence", "every week on Tuesday");
                projectManager.click("input[name=group][value=OPERATIONAL]");
                projectManager.type("location", "https://meet.example.org/match-funding-pages");
                projectManager.type("chair", "project-manager.respect");
                projectManager.type("organisation", "respect");
                projectManager.type("members", "project-manager.respect\nBOROUGH_LEAD hackney\nBOROUGH_LEAD newham\nimplementation-lead.newham");
                projectManager.type("agendaCallWorkingDays", "3");
                projectManager.type("papersWorkingDays", "1");
                projectManager.type("quorum", "2");
                projectManager.typeDate("firstMeetingOn", firstMeeting);
                projectManager.clickButton("Preview the meeting days");
                List<String> days = projectManager.findAll("#preview li").stream().map(WebElement::getText).toList();
                assertThat(days).containsExactly(WEEKDAY.format(firstMeeting), WEEKDAY.format(firstMeeting.plusWeeks(1)),
                        WEEKDAY.format(firstMeeting.plusWeeks(2)), WEEKDAY.format(firstMeeting.plusWeeks(3)),
                        WEEKDAY.format(firstMeeting.plusWeeks(4)), WEEKDAY.format(firstMeeting.plusWeeks(5)));
                projectManager.checkAccessible("series-preview");
                projectManager.clickButton("Save the series");
                assertThat(projectManager.heading()).isEqualTo(SERIES);
                assertThat(projectManager.find(".govuk-notification-banner").getText()).contains("The series is saved");
                assertThat(projectManager.find(".govuk-summary-list").getText()).contains("every week on Tuesday");
            });
            String seriesPath = URI.create(projectManager.driver().getCurrentUrl()).getPath();
            // The series' process plans its first meeting once the series is committed.
            String meetingPath = await().atMost(WAIT).until(() -> {
                projectManager.open(seriesPath);
                return projectManager.findAll("a[href^='/governance/meetings/']").stream().map(link -> link.getAttribute("href")).findFirst();
            }, Optional::isPresent).map(href -> URI.create(href).getPath()).orElseThrow();
            projectManager.checkAccessible("series");
            String meetingId = meetingPath.substring(meetingPath.lastIndexOf('/') + 1);
            Map<String, Object> meeting = projectManagerApi.get("/api/meetings/" + meetingId).json();
            assertThat(meeting).containsEntry("date", firstMeeting.toString());

            engineClock.moveTo(instant(meeting, "agendaCallAt"));
            hackneyLead.signInWithTheKeyboard("borough-lead.hackney", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("A member adds an item while the agenda is open, with the keyboard only", () -> {
                hackneyLead.open(meetingPath);
                assertThat(hackneyLead.find(".govuk-summary-list").getText()).contains("Open for items until");
                hackneyLead.checkAccessible("meeting-agenda-open");
                hackneyLead.pressWithTheKeyboard("Add the item");
                assertThat(hackneyLead.find(".govuk-error-summary").getText()).contains("Enter the item's title");
                hackneyLead.checkAccessible("meeting-item-errors");
                hackneyLead.typeWithTheKeyboard("title", ITEM);
                hackneyLead.chooseWithTheKeyboard("purpose", "DECISION");
                hackneyLead.typeWithTheKeyboard("papers", "https://example.org/hackney-paper");
                hackneyLead.pressWithTheKeyboard("Add the item");
                assertThat(hackneyLead.find(".govuk-notification-banner").getText()).contains("Your item is on the agenda");
                assertThat(hackneyLead.find("main table").getText()).contains(ITEM, "Decision", "Paper 1");
                hackneyLead.checkAccessible("meeting-item-added");
            });

            engineClock.moveTo(instant(meeting, "agendaClosesAt"));
            Journeys.step("The chair finalises the agenda from the meeting's page", () -> {
                meetingWithTask(projectManager, meetingPath, "Finalise the agenda");
                projectManager.clickLink("Finalise the agenda");
                projectManager.click("input[name=agendaConfirmed][value=yes]");
                projectManager.clickButton("Complete the task");
                assertThat(projectManager.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
            });

            engineClock.moveTo(instant(meeting, "scheduledAt"));
            Journeys.step("The chair records the minutes with a decision and two actions on the task page", () -> {
                meetingWithTask(projectManager, meetingPath, "Record the meeting");
                String agendaItem = agendaItemReference(projectManager);
                projectManager.clickLink("Record the meeting");
                projectManager.checkAccessible("record-the-meeting");
                press(projectManager, "button[name=add-another][value='attendees']");
                press(projectManager, "button[name=add-another][value='attendees']");
                press(projectManager, "button[name=add-another][value='outcomes[0].actions']");
                projectManager.type("attendees-0", "project-manager.respect");
                projectManager.type("attendees-1", "borough-lead.hackney");
                projectManager.type("attendees-2", "implementation-lead.newham");
                projectManager.type("outcomes-0-agendaItemId", agendaItem);
                projectManager.click("input[name='outcomes[0].type'][value=DECISION]");
                projectManager.type("outcomes-0-wording", DECISION);
                projectManager.type("outcomes-0-rationale", "Decisions were not followed up; match funding needs every borough's sign-off");
                action(projectManager, 0, HACKNEY_ACTION, "borough-lead.hackney", "hackney", firstMeeting.plusDays(6));
                action(projectManager, 1, NEWHAM_ACTION, "implementation-lead.newham", "newham", firstMeeting.plusDays(3));
                projectManager.clickButton("Complete the task");
                assertThat(projectManager.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
            });
            Journeys.step("The meeting shows who attended, the decision and its actions", () -> await().atMost(WAIT).untilAsserted(() -> {
                projectManager.open(meetingPath);
                assertThat(projectManager.find("main").getText()).contains("Who attended", DECISION, HACKNEY_ACTION, NEWHAM_ACTION);
            }));
            projectManager.checkAccessible("meeting-held");
            Journeys.step("The decision log finds the decision, and its page lists its actions", () -> {
                projectManager.clickLink("Governance");
                projectManager.clickLink("Decision log");
                projectManager.type("q", "match-funding");
                projectManager.clickButton("Search");
                assertThat(projectManager.find("main table").getText()).contains(DECISION);
                projectManager.checkAccessible("decision-log");
                projectManager.clickLink(DECISION);
                assertThat(projectManager.heading()).isEqualTo(DECISION);
                assertThat(projectManager.find("main table").getText()).contains(HACKNEY_ACTION, NEWHAM_ACTION);
                projectManager.checkAccessible("decision");
            });

            Journeys.step("Hackney's owner marks their action done from its page", () -> {
                hackneyLead.open("/governance/actions");
                hackneyLead.checkAccessible("actions-mine");
                hackneyLead.clickLink(HACKNEY_ACTION);
                await().atMost(WAIT).untilAsserted(() -> {
                    hackneyLead.driver().navigate().refresh();
                    assertThat(hackneyLead.findAll("a[href^='/tasks/']")).isNotEmpty();
                });
                hackneyLead.checkAccessible("action");
                hackneyLead.clickLink("Mark it done");
                hackneyLead.type("doneNote", "Signed by the director");
                hackneyLead.clickButton("Complete the task");
                assertThat(hackneyLead.find(".govuk-panel__title").getText()).isEqualTo("Task complete");
            });

            // Newham's action is not done by the end of its due date: its process escalates it.
            engineClock.moveTo(firstMeeting.plusDays(3).atTime(17, 0).atZone(LONDON).toInstant());
            Journeys.step("The overdue action shows on the steering overview, under its borough and owner", () -> await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
                projectManager.open("/governance/steering");
                projectManager.clickLink("implementation-lead.newham");
                assertThat(projectManager.heading()).isEqualTo("Actions");
                assertThat(projectManager.find("main table").getText()).contains(NEWHAM_ACTION, "Overdue");
            }));
            projectManager.checkAccessible("actions-overdue");
            projectManager.open("/governance/steering");
            projectManager.checkAccessible("steering-overview");

            newhamLead.signInWithTheKeyboard("implementation-lead.newham", DemoAccounts.DEMO_PASSWORD);
            Journeys.step("The owner gives it a new due date, only with a reason, with the keyboard only", () -> {
                newhamLead.followWithTheKeyboard("Governance");
                newhamLead.followWithTheKeyboard("Actions");
                newhamLead.followWithTheKeyboard(NEWHAM_ACTION);
                assertThat(newhamLead.find("main").getText()).contains("Overdue");
                LocalDate newDate = firstMeeting.plusDays(13);
                newhamLead.typeDateWithTheKeyboard("dueDate", newDate);
                newhamLead.pressWithTheKeyboard("Change the due date");
                assertThat(newhamLead.find(".govuk-error-summary").getText()).contains("Enter why it changes");
                newhamLead.checkAccessible("action-due-date-errors");
                newhamLead.typeWithTheKeyboard("reason", "The director signs at the next cabinet meeting");
                newhamLead.pressWithTheKeyboard("Change the due date");
                assertThat(newhamLead.find(".govuk-notification-banner").getText()).contains("The due date is changed");
                assertThat(newhamLead.find("main").getText()).contains("The director signs at the next cabinet meeting");
                newhamLead.checkAccessible("action-due-date-changed");
            });
            Journeys.step("The project manager changes the cadence: the meetings planned keep their days, the next follow the new one", () -> {
                projectManager.open(seriesPath);
                projectManager.clickLink("Change the series");
                assertThat(projectManager.find("#cadence").getAttribute("value")).isEqualTo("every week on Tuesday");
                projectManager.type("cadence", "every 2 weeks on Tuesday");
                projectManager.clickButton("Preview the meeting days");
                List<LocalDate> days = projectManager.findAll("#preview li").stream()
                        .map(day -> LocalDate.parse(day.getText(), WEEKDAY)).toList();
                assertThat(days).hasSize(6).allMatch(day -> day.getDayOfWeek() == DayOfWeek.TUESDAY && day.isAfter(firstMeeting));
                assertThat(days.get(1)).isEqualTo(days.get(0).plusWeeks(2));
                projectManager.checkAccessible("series-change-preview");
                projectManager.clickButton("Save the series");
                assertThat(projectManager.find(".govuk-notification-banner").getText()).contains("The series is saved");
                assertThat(projectManager.find(".govuk-summary-list").getText()).contains("every 2 weeks on Tuesday");
            });
            Journeys.step("A person who is no member of the series gets the 404 page for its meeting", () -> {
                outsider.signIn("complaints-officer.newham", DemoAccounts.DEMO_PASSWORD);
                outsider.open(meetingPath);
                assertThat(outsider.heading()).isEqualTo("Page not found");
                outsider.checkAccessible("governance-not-found");
            });
        }
    }

    /** The meeting's page, once it links to the person's task for it. */
    private static void meetingWithTask(Browser person, String meetingPath, String task) {
        await().atMost(WAIT).untilAsserted(() -> {
            person.open(meetingPath);
            assertThat(person.findAll("a[href^='/tasks/']").stream().map(WebElement::getText)).contains(task);
        });
    }

    private static void action(Browser chair, int index, String title, String owner, String borough, LocalDate due) {
        String id = "outcomes-0-actions-" + index + "-";
        chair.type(id + "title", title);
        chair.type(id + "owner", owner);
        chair.type(id + "borough", borough);
        chair.typeDate(id + "dueDate", due);
    }

    /** Presses a button the words of which say less than its purpose ("Add another"), and waits for the page it leads to. */
    private static void press(Browser person, String css) {
        WebElement page = person.driver().findElement(By.tagName("html"));
        person.click(css);
        new WebDriverWait(person.driver(), WAIT).until(ExpectedConditions.stalenessOf(page));
    }

    /** The reference the minutes name an agenda item by, as the meeting's page shows it once the agenda is closed. */
    private static String agendaItemReference(Browser chair) {
        Matcher reference = Pattern.compile(Pattern.quote(ITEM) + "\\s+Reference for the minutes: (\\S+)")
                .matcher(chair.find("main table").getText());
        assertThat(reference.find()).as("the agenda item's reference on the meeting's page").isTrue();
        return reference.group(1);
    }

    private static Instant instant(Map<String, Object> json, String field) {
        return Instant.parse((String) json.get(field));
    }
}
