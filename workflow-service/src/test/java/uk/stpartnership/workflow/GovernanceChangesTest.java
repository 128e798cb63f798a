package uk.stpartnership.workflow;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static uk.stpartnership.workflow.TestPeople.PROJECT_MANAGER;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_LEAD;
import static uk.stpartnership.workflow.TestPeople.NEWHAM_LEAD;
import static uk.stpartnership.workflow.TestPeople.HACKNEY_OWNER;
import static uk.stpartnership.workflow.TestPeople.PRACTITIONER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting moved and an action given a new due date, through workflow-service's API, its workers running against
 * the real engine and PostgreSQL, the service's clock moving with the engine's. The test plays notification-service:
 * it takes each send-email job, checks its template's variables, and completes it.
 */
@MicronautTest(transactional = false)
class GovernanceChangesTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The new place, the reasons and the action: typed by people, kept in workflow-service, never in the engine or a log. */
    private final TypedTexts typed = new TypedTexts(List.of("The town hall is closed that week", "Newham Town Hall", "Share the training plan",
            "Waiting for the training budget"));

    @BeforeEach
    void watchLogs() {
        typed.watchLogs();
    }

    @AfterEach
    void nothingTypedReachedTheEngineOrALog() {
        typed.assertNoneReachedTheEngineOrALog(resources.engine());
    }

    @Test
    void aMovedMeetingStartsAgainAndAnActionsNewDueDateMovesItsTaskAndEscalation() throws Exception {
        var created = call(PROJECT_MANAGER, "POST", "/internal/meeting-series", operationalGroup());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String seriesId = (String) map(created).get("id");
        String meetingId = (String) eventually(() -> upcoming(seriesId), meetings -> !meetings.isEmpty()).get(0).get("id");
        Map<String, Object> meeting = meeting(meetingId);
        LocalDate day = LocalDate.parse((String) meeting.get("date"));

        // Bad moves change nothing: not a member, not the chair, a day in the past, no reason.
        String move = "{\"date\":\"" + day.plusWeeks(1) + "\",\"startTime\":\"11:00\",\"location\":\"Newham Town Hall\","
                + "\"reason\":\"The town hall is closed that week\"}";
        assertThat(call(PRACTITIONER, "POST", "/internal/meetings/" + meetingId + "/move", move).statusCode()).isEqualTo(404);
        assertThat(call(HACKNEY_LEAD, "POST", "/internal/meetings/" + meetingId + "/move", move).statusCode()).isEqualTo(403);
        var past = call(PROJECT_MANAGER, "POST", "/internal/meetings/" + meetingId + "/move",
                move.replace(day.plusWeeks(1).toString(), LocalDate.now(clock).minusDays(1).toString()));
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(map(past)).containsEntry("field", "date");
        var noReason = call(PROJECT_MANAGER, "POST", "/internal/meetings/" + meetingId + "/move",
                move.replace(",\"reason\":\"The town hall is closed that week\"", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(map(noReason)).containsEntry("field", "reason");
        assertThat(meeting(meetingId)).isEqualTo(meeting);

        // The agenda call goes out, an item goes on; the agenda closes and the chair has the task.
        clock.moveTo(Instant.parse((String) meeting.get("agendaCallAt")));
        eventually(() -> emails.first("agenda-call", meetingId), found -> found != null);
        var item = call(HACKNEY_LEAD, "POST", "/internal/meetings/" + meetingId + "/agenda-items",
                "{\"title\":\"Training plan\",\"purpose\":\"DISCUSSION\"}");
        assertThat(item.statusCode()).isEqualTo(201);
        String itemId = (String) map(item).get("id");
        clock.moveTo(Instant.parse((String) meeting.get("agendaClosesAt")));
        Map<String, Object> oldFinalise = eventually(() -> task(PROJECT_MANAGER, "finalise-agenda", "meetingId", meetingId), found -> found != null);

        // Moved a week on: new times from the series' lead times; the old task closes, members are told.
        var moved = call(PROJECT_MANAGER, "POST", "/internal/meetings/" + meetingId + "/move", move);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(202);
        Map<String, Object> now = map(moved);
        Instant newScheduledAt = day.plusWeeks(1).atTime(11, 0).atZone(LONDON).toInstant();
        assertThat(now).containsEntry("date", day.plusWeeks(1).toString()).containsEntry("location", "Newham Town Hall")
                .containsEntry("status", "PLANNED").containsEntry("agendaOpen", true);
        assertThat(Instant.parse((String) now.get("scheduledAt"))).isEqualTo(newScheduledAt);
        assertThat(Instant.parse((String) now.get("endsAt"))).isEqualTo(newScheduledAt.plus(Duration.ofMinutes(90)));
        assertThat(Instant.parse((String) now.get("agendaClosesAt"))).isAfter(Instant.parse((String) meeting.get("agendaClosesAt")));
        assertThat(meeting(meetingId)).containsEntry("date", day.plusWeeks(1).toString());
        eventually(() -> taskStatus(PROJECT_MANAGER, oldFinalise), "CLOSED"::equals);
        EmailJobs.Email movedEmail = eventually(() -> emails.first("meeting-moved", meetingId), found -> found != null);
        assertThat(movedEmail.variables()).containsEntry("reason", "The town hall is closed that week")
                .containsEntry("location", "Newham Town Hall").containsEntry("scheduledAt", newScheduledAt.toString());
        assertThat(task(PROJECT_MANAGER, "finalise-agenda", "meetingId", meetingId)).isNull();

        // The cycle starts again: a new task when the new agenda closes, then the pack with the new times.
        clock.moveTo(Instant.parse((String) now.get("agendaClosesAt")));
        Map<String, Object> newFinalise = eventually(() -> task(PROJECT_MANAGER, "finalise-agenda", "meetingId", meetingId), found -> found != null);
        assertThat(newFinalise.get("key")).isNotEqualTo(oldFinalise.get("key"));
        assertThat(Instant.parse((String) newFinalise.get("dueAt"))).isEqualTo(Instant.parse((String) now.get("agendaClosesAt")));
        assertThat(complete(PROJECT_MANAGER, newFinalise, "{\"agendaConfirmed\":true}").statusCode()).isEqualTo(200);
        EmailJobs.Email pack = eventually(() -> emails.first("agenda-pack", meetingId), found -> found != null);
        assertThat(pack.variables()).containsEntry("scheduledAt", newScheduledAt.toString()).containsEntry("location", "Newham Town Hall");

        // The meeting is held: an action for Hackney; a held meeting no longer moves.
        clock.moveTo(newScheduledAt);
        Map<String, Object> record = eventually(() -> task(PROJECT_MANAGER, "record-meeting", "meetingId", meetingId), found -> found != null);
        LocalDate due = day.plusWeeks(4);
        var recorded = complete(PROJECT_MANAGER, record, json.writeValueAsString(Map.of(
                "attendees", List.of(PROJECT_MANAGER.id(), HACKNEY_LEAD.id(), NEWHAM_LEAD.id()),
                "outcomes", List.of(Map.of("agendaItemId", itemId, "type", "ACTION", "wording", "Share the training plan",
                        "actions", List.of(Map.of("title", "Share the training plan", "owner", HACKNEY_OWNER.id(),
                                "borough", "hackney", "dueDate", due.toString())))))));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        eventually(() -> meeting(meetingId).get("status"), "HELD"::equals);
        assertThat(call(PROJECT_MANAGER, "POST", "/internal/meetings/" + meetingId + "/move",
                move.replace(day.plusWeeks(1).toString(), day.plusWeeks(2).toString())).statusCode()).isEqualTo(409);

        Map<String, Object> action = eventually(() -> actions(HACKNEY_OWNER), found -> found.size() == 1).get(0);
        String actionId = (String) action.get("id");
        Map<String, Object> oldTask = eventually(() -> task(HACKNEY_OWNER, "complete-action", "actionId", actionId), found -> found != null);

        // Bad changes change nothing: another borough's lead is told it does not exist; no reason; a past date.
        String path = "/internal/actions/" + actionId + "/due-date";
        LocalDate newDue = due.plusWeeks(2);
        String change = "{\"dueDate\":\"" + newDue + "\",\"reason\":\"Waiting for the training budget\"}";
        assertThat(call(NEWHAM_LEAD, "POST", path, change).statusCode()).isEqualTo(404);
        assertThat(call(PRACTITIONER, "POST", path, change).statusCode()).isEqualTo(403);
        var noWhy = call(HACKNEY_OWNER, "POST", path, "{\"dueDate\":\"" + newDue + "\",\"reason\":\" \"}");
        assertThat(noWhy.statusCode()).isEqualTo(400);
        assertThat(map(noWhy)).containsEntry("field", "reason");
        var yesterday = call(HACKNEY_OWNER, "POST", path, change.replace(newDue.toString(), LocalDate.now(clock.withZone(LONDON)).minusDays(1).toString()));
        assertThat(yesterday.statusCode()).isEqualTo(400);
        assertThat(map(yesterday)).containsEntry("field", "dueDate");
        assertThat(actions(HACKNEY_OWNER).get(0)).isEqualTo(action);

        // The borough's lead gives it two more weeks: kept in its history; the owner's task is replaced.
        var changed = call(HACKNEY_LEAD, "POST", path, change);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(map(changed)).containsEntry("dueDate", newDue.toString()).containsEntry("escalated", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) map(changed).get("history");
        assertThat(history).anySatisfy(entry -> assertThat(entry).containsEntry("event", "DUE_DATE_CHANGED")
                .containsEntry("by", HACKNEY_LEAD.id()).containsEntry("note", "Waiting for the training budget")
                .containsEntry("oldDueDate", due.toString()).containsEntry("newDueDate", newDue.toString()));
        eventually(() -> taskStatus(HACKNEY_OWNER, oldTask), "CLOSED"::equals);
        Map<String, Object> newTask = eventually(() -> task(HACKNEY_OWNER, "complete-action", "actionId", actionId), found -> found != null);
        assertThat(newTask.get("key")).isNotEqualTo(oldTask.get("key"));
        assertThat(LocalDate.ofInstant(Instant.parse((String) newTask.get("dueAt")), LONDON)).isEqualTo(newDue);

        // No escalation at the old due date...
        clock.moveTo(due.atTime(17, 0).atZone(LONDON).toInstant());
        Thread.sleep(3000);
        emails.deliver();
        assertThat(emails.sent()).noneMatch(e -> e.template().equals("action-overdue") || e.template().equals("action-reminder"));
        assertThat(actions(HACKNEY_OWNER).get(0)).containsEntry("escalated", false).containsEntry("overdue", false);

        // ... but after the new one.
        clock.moveTo(newDue.atTime(17, 0).atZone(LONDON).toInstant());
        eventually(() -> actions(HACKNEY_OWNER).get(0).get("escalated"), Boolean.TRUE::equals);
        EmailJobs.Email overdue = eventually(() -> emails.first("action-overdue", null), found -> found != null);
        assertThat(overdue.variables()).containsEntry("dueDate", newDue.toString()).containsEntry("actionId", actionId);

        // Once done, the due date stays.
        assertThat(complete(HACKNEY_OWNER, newTask, "{\"doneNote\":\"Shared at the team meeting\"}").statusCode()).isEqualTo(200);
        eventually(() -> actions(HACKNEY_OWNER).get(0).get("status"), "DONE"::equals);
        String later = "{\"dueDate\":\"" + newDue.plusWeeks(1) + "\",\"reason\":\"Too late\"}";
        assertThat(call(HACKNEY_OWNER, "POST", path, later).statusCode()).isEqualTo(409);
    }

    private static String operationalGroup() {
        return "{\"title\":\"Operational group\",\"group\":\"OPERATIONAL\",\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":2,\"weekday\":\"TUESDAY\"},"
                + "\"startTime\":\"10:00\",\"durationMinutes\":90,\"location\":\"Hackney Town Hall, Room 2\",\"chair\":\"project-manager.respect\","
                + "\"organisation\":\"respect\",\"members\":[{\"person\":\"project-manager.respect\"},"
                + "{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"hackney\"},{\"role\":\"BOROUGH_LEAD\",\"organisation\":\"newham\"},"
                + "{\"role\":\"IMPLEMENTATION_LEAD\",\"organisation\":\"hackney\"}],"
                + "\"agendaCallWorkingDays\":5,\"papersWorkingDays\":2,\"minutesApprovalWorkingDays\":5,\"quorum\":2}";
    }

    private Map<String, Object> meeting(String meetingId) throws Exception {
        emails.deliver();
        return map(call(PROJECT_MANAGER, "GET", "/internal/meetings/" + meetingId, null));
    }

    private List<Map<String, Object>> upcoming(String seriesId) throws Exception {
        emails.deliver();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series/" + seriesId, null))
                .get("upcomingMeetings");
        return meetings;
    }

    private List<Map<String, Object>> actions(Person person) throws Exception {
        emails.deliver();
        return items(call(person, "GET", "/internal/actions?owner=" + HACKNEY_OWNER.id(), null));
    }

    /** The person's open task of a kind whose context has the value, or null. */
    private Map<String, Object> task(Person person, String kind, String contextKey, String value) throws Exception {
        emails.deliver();
        return items(call(person, "GET", "/internal/tasks?size=100", null)).stream()
                .filter(task -> kind.equals(task.get("kind")))
                .filter(task -> value.equals(((Map<?, ?>) task.get("context")).get(contextKey)))
                .findFirst().orElse(null);
    }

    private Object taskStatus(Person person, Map<String, Object> task) throws Exception {
        emails.deliver();
        return map(call(person, "GET", "/internal/tasks/" + task.get("key"), null)).get("status");
    }

    private HttpResponse<String> complete(Person person, Map<String, Object> task, String answers) {
        return call(person, "POST", "/internal/tasks/" + task.get("key") + "/complete", answers);
    }

}
