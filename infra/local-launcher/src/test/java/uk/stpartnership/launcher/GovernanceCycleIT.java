package uk.stpartnership.launcher;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.TestEngine;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A governance cycle end to end through the API: the three services, PostgreSQL and the mail server as the
 * launcher runs them, on the real Zeebe engine in memory so that the test can move its clock through days
 * of agenda calls, meetings and due dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceCycleIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String DECISION = "Formalise the match-funding commitment in every borough";
    private static final String HACKNEY_ACTION = "Hackney signs its match-funding commitment";
    private static final String NEWHAM_ACTION = "Newham signs its match-funding commitment";

    private final TestEngine engine = TestEngine.start();
    private final EngineAhead engineClock = new EngineAhead(engine);
    private LocalPlatform platform;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = Journeys.startOn(engine, "st-platform-governance");
    }

    @AfterAll
    void stopPlatform() {
        Journeys.stop(platform, engine);
    }

    @Test
    void aDecisionIsFollowedUpUntilItsActionsAreDone() throws Exception {
        PlatformClient projectManager = signIn("project-manager.respect");
        PlatformClient hackneyLead = signIn("borough-lead.hackney");
        PlatformClient newhamOwner = signIn("implementation-lead.newham");
        PlatformClient outsider = signIn("complaints-officer.newham");

        // A project manager sets up a group with its own cadence; bad input is refused and stores nothing.
        LocalDate firstMeeting = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        var bad = projectManager.post("/api/meeting-series", series("", firstMeeting));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()).containsEntry("field", "title");
        assertThat(hackneyLead.post("/api/meeting-series", series("Match funding working group", firstMeeting)).status()).isIn(403, 404);
        var created = projectManager.post("/api/meeting-series", series("Match funding working group", firstMeeting));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String seriesId = (String) created.json().get("id");

        String meetingId = await().atMost(WAIT).until(() -> upcoming(projectManager, seriesId), list -> !list.isEmpty()).get(0);
        Map<String, Object> meeting = projectManager.get("/api/meetings/" + meetingId).json();
        assertThat(meeting).containsEntry("date", firstMeeting.toString());
        assertThat(outsider.get("/api/meetings/" + meetingId).status()).isEqualTo(404);

        // The call for agenda items goes to the members; two of them add items.
        moveEngineTo(instant(meeting, "agendaCallAt"));
        await().atMost(WAIT).until(() -> Journeys.mailTo(platform, "borough-lead.hackney@st-partnership.test"), mail -> !mail.isEmpty());
        assertThat(hackneyLead.post("/api/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Hackney's match-funding sign-off\",\"purpose\":\"DECISION\",\"papers\":[\"https://example.org/hackney-paper\"]}").status())
                .isEqualTo(201);
        assertThat(newhamOwner.post("/api/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Champion turnover in Newham\",\"purpose\":\"DISCUSSION\"}").status()).isEqualTo(201);
        assertThat(outsider.post("/api/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Not a member\",\"purpose\":\"INFORMATION\"}").status()).isEqualTo(404);

        // The chair finalises the agenda; the pack carries a calendar invitation.
        moveEngineTo(instant(meeting, "agendaClosesAt"));
        String finalise = taskOf(projectManager, "Finalise the agenda", meetingId);
        assertThat(projectManager.post("/api/tasks/" + finalise + "/complete", "{\"agendaConfirmed\":true}").status()).isEqualTo(200);
        MimeMessage pack = await().atMost(WAIT).until(() -> mailWithCalendar("implementation-lead.newham@st-partnership.test"), Optional::isPresent).get();
        String invitation = calendarOf(pack);
        assertThat(invitation).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + meetingId, "DTSTART:", "END:VCALENDAR");

        // The meeting records a decision with two follow-up actions for two boroughs.
        moveEngineTo(instant(meeting, "scheduledAt"));
        String record = taskOf(projectManager, "Record the meeting", meetingId);
        @SuppressWarnings("unchecked")
        String agendaItem = (String) ((List<Map<String, Object>>) projectManager.get("/api/meetings/" + meetingId).json().get("agendaItems")).get(0).get("id");
        var noOwner = projectManager.post("/api/tasks/" + record + "/complete", minutes(agendaItem, "", firstMeeting.plusDays(6), firstMeeting.plusDays(3)));
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat((String) noOwner.json().get("field")).endsWith("owner");
        var dueBefore = projectManager.post("/api/tasks/" + record + "/complete", minutes(agendaItem, "borough-lead.hackney", firstMeeting.minusDays(1), firstMeeting.plusDays(3)));
        assertThat(dueBefore.status()).isEqualTo(400);
        assertThat((String) dueBefore.json().get("field")).endsWith("dueDate");
        var recorded = projectManager.post("/api/tasks/" + record + "/complete", minutes(agendaItem, "borough-lead.hackney", firstMeeting.plusDays(6), firstMeeting.plusDays(3)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

        Map<String, Object> decision = await().atMost(WAIT).until(() -> decisions(projectManager, "match-funding"), list -> list.size() == 1).get(0);
        assertThat(decision).containsEntry("status", "OPEN");

        // Each borough sees its own action; the project manager sees both.
        await().atMost(WAIT).until(() -> actionTitles(projectManager), titles -> titles.containsAll(List.of(HACKNEY_ACTION, NEWHAM_ACTION)));
        assertThat(actionTitles(newhamOwner)).contains(NEWHAM_ACTION).doesNotContain(HACKNEY_ACTION);
        assertThat(actionTitles(hackneyLead)).contains(HACKNEY_ACTION).doesNotContain(NEWHAM_ACTION);

        // Hackney's action is done on time.
        String hackneyTask = await().atMost(WAIT).until(() -> taskTitled(hackneyLead, "Complete the action"), Optional::isPresent).get();
        assertThat(hackneyLead.post("/api/tasks/" + hackneyTask + "/complete", "{\"doneNote\":\"Signed by the director on 1 December\"}").status())
                .isEqualTo(200);

        // Newham's goes overdue: the owner and the borough lead are told, it goes on the next steering agenda,
        // and the decision stays open.
        moveEngineTo(firstMeeting.plusDays(3).atTime(17, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        await().atMost(WAIT).until(() -> Journeys.mailTo(platform, "borough-lead.newham@st-partnership.test"), mail -> !mail.isEmpty());
        await().atMost(WAIT).until(() -> onASteeringAgenda(projectManager, NEWHAM_ACTION));
        assertThat(decisions(projectManager, "match-funding").get(0)).containsEntry("status", "OPEN");

        String newhamTask = await().atMost(WAIT).until(() -> taskTitled(newhamOwner, "Complete the action"), Optional::isPresent).get();
        assertThat(newhamOwner.post("/api/tasks/" + newhamTask + "/complete", "{\"doneNote\":\"Signed late, after the steering group\"}").status())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> decisions(projectManager, "match-funding").get(0).get("status"), "IMPLEMENTED"::equals);
    }

    private PlatformClient signIn(String username) {
        return PlatformClient.signIn(platform.uiApi(), username);
    }

    private static String series(String title, LocalDate firstMeeting) {
        return """
                {"title":"%s","group":"OPERATIONAL","cadence":{"kind":"WEEKLY","everyWeeks":1,"weekday":"TUESDAY"},
                 "startTime":"10:00","durationMinutes":60,"location":"https://meet.example.org/match-funding",
                 "chair":"project-manager.respect","organisation":"respect",
                 "members":[{"person":"project-manager.respect"},{"role":"BOROUGH_LEAD","organisation":"hackney"},
                            {"role":"BOROUGH_LEAD","organisation":"newham"},{"person":"implementation-lead.newham"}],
                 "agendaCallWorkingDays":3,"papersWorkingDays":1,"minutesApprovalWorkingDays":5,"quorum":2,
                 "firstMeetingOn":"%s"}""".formatted(title, firstMeeting);
    }

    private static String minutes(String agendaItem, String hackneyOwner, LocalDate hackneyDue, LocalDate newhamDue) {
        return """
                {"attendees":["project-manager.respect","borough-lead.hackney","implementation-lead.newham"],
                 "outcomes":[{"agendaItemId":"%s","type":"DECISION","wording":"%s",
                   "rationale":"Several key decisions were not followed up; match funding must be signed off by every borough",
                   "actions":[{"title":"%s","owner":"%s","dueDate":"%s","borough":"hackney"},
                              {"title":"%s","owner":"implementation-lead.newham","dueDate":"%s","borough":"newham"}]}]}"""
                .formatted(agendaItem, DECISION, HACKNEY_ACTION, hackneyOwner, hackneyDue, NEWHAM_ACTION, newhamDue);
    }

    private void moveEngineTo(Instant moment) {
        engineClock.moveTo(moment);
    }

    private static Instant instant(Map<String, Object> json, String field) {
        return Instant.parse((String) json.get(field));
    }

    @SuppressWarnings("unchecked")
    private static List<String> upcoming(PlatformClient client, String seriesId) {
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) client.get("/api/meeting-series/" + seriesId).json().get("upcomingMeetings");
        return meetings == null ? List.of() : meetings.stream().map(m -> (String) m.get("id")).toList();
    }

    private String taskOf(PlatformClient client, String title, String meetingId) {
        return await().atMost(WAIT).until(() -> client.tasks().stream()
                        .filter(task -> title.equals(task.get("title")))
                        .filter(task -> meetingId.equals(((Map<?, ?>) task.get("context")).get("meetingId")))
                        .map(task -> (String) task.get("key")).findFirst(), Optional::isPresent).get();
    }

    private static Optional<String> taskTitled(PlatformClient client, String title) {
        return client.tasks().stream().filter(task -> title.equals(task.get("title")))
                .map(task -> (String) task.get("key")).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> decisions(PlatformClient client, String words) {
        return (List<Map<String, Object>>) client.get("/api/decisions?q=" + words).json().get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<String> actionTitles(PlatformClient client) {
        return ((List<Map<String, Object>>) client.get("/api/actions?size=100").json().get("items")).stream()
                .map(action -> (String) action.get("title")).toList();
    }

    @SuppressWarnings("unchecked")
    private static boolean onASteeringAgenda(PlatformClient client, String actionTitle) {
        for (Map<String, Object> series : (List<Map<String, Object>>) client.get("/api/meeting-series?size=100").json().get("items")) {
            Map<String, Object> seriesJson = series.containsKey("series") ? (Map<String, Object>) series.get("series") : series;
            if (!"STEERING".equals(seriesJson.get("group"))) {
                continue;
            }
            for (String meetingId : upcoming(client, (String) seriesJson.get("id"))) {
                List<Map<String, Object>> items = (List<Map<String, Object>>) client.get("/api/meetings/" + meetingId).json().get("agendaItems");
                if (items.stream().anyMatch(item -> String.valueOf(item.get("title")).contains(actionTitle))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<MimeMessage> mailWithCalendar(String address) {
        return Journeys.mailTo(platform, address).stream().filter(message -> {
            try {
                return calendarOf(message) != null;
            } catch (Exception e) {
                return false;
            }
        }).findFirst();
    }

    private static String calendarOf(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart mixed)) {
            return null;
        }
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.isMimeType("text/calendar")) {
                assertThat(part.getContentType()).contains("method=REQUEST");
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
