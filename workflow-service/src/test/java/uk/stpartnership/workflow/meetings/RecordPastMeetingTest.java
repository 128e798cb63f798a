package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.web.Problem;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.meetings.AgendaItem.Purpose;
import uk.stpartnership.workflow.meetings.MinutesInput.ActionInput;
import uk.stpartnership.workflow.meetings.RecordPastMeeting.Item;
import uk.stpartnership.workflow.meetings.RecordPastMeeting.PastMeeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A past meeting is the project manager's to record, on a day before today, with outcomes as minutes have them. */
@MicronautTest(transactional = false)
class RecordPastMeetingTest extends WorkflowServiceTest {

    private static final Actor PROJECT_MANAGER = new Actor("project-manager.respect", "respect", Set.of(Role.PROJECT_MANAGER));
    private static final Actor CHAMPION = new Actor("champion.hackney", "hackney", Set.of(Role.CHAMPION));

    @Inject
    CreateMeetingSeries createMeetingSeries;
    @Inject
    RecordPastMeeting recordPastMeeting;
    @Inject
    ViewMeetingSeries viewMeetingSeries;
    @Inject
    BoroughCalendars calendars;

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    void onlyAProjectManagerRecordsItOnADayBeforeTodayWithOutcomesAsMinutesHaveThem() {
        UUID series = createMeetingSeries.create(PROJECT_MANAGER, new MeetingSeriesRequest("Mentors group", Group.OTHER,
                Cadence.weekly(2, DayOfWeek.TUESDAY), "10:00", 60, "Town hall", "project-manager.respect", "respect",
                List.of(Member.person("project-manager.respect")), 5, 2, 5, 1, null)).id();
        LocalDate today = calendars.today();
        LocalDate held = today.minusWeeks(3);
        Item decision = new Item("Training", Purpose.DECISION, Outcome.Type.DECISION, "Training dates a term ahead", null,
                List.of(new ActionInput("Publish the dates", "project-manager.respect", today.plusDays(5), "respect")));

        assertThat(refusal(CHAMPION, new PastMeeting(series, held, List.of(), List.of(decision))).status().getCode()).isEqualTo(403);
        assertThat(refusal(PROJECT_MANAGER, new PastMeeting(series, today, List.of(), List.of(decision))).errors())
                .extracting(Problem.FieldError::field).containsExactly("date");
        Item twoActions = new Item("Timeline", Purpose.DISCUSSION, Outcome.Type.ACTION, "Update the timeline", null, List.of(
                new ActionInput("One", "project-manager.respect", today.plusDays(5), "respect"),
                new ActionInput("Two", "project-manager.respect", held.minusDays(1), "respect")));
        assertThat(refusal(PROJECT_MANAGER, new PastMeeting(series, held, List.of(), List.of(decision, twoActions))).errors())
                .extracting(Problem.FieldError::field).containsExactly("items[1].actions", "items[1].actions[1].dueDate");

        Meeting meeting = recordPastMeeting.record(PROJECT_MANAGER, new PastMeeting(series, held, List.of("project-manager.respect"),
                List.of(decision)));
        assertThat(meeting.status()).isEqualTo(Meeting.Status.HELD);
        assertThat(meeting.minutesApprovedAt()).isNotNull();
        assertThat(viewMeetingSeries.view(PROJECT_MANAGER, series).pastMeetings()).extracting(MeetingSummary::date).containsExactly(held);
        assertThat(refusal(PROJECT_MANAGER, new PastMeeting(series, held, List.of(), List.of(decision))).status().getCode())
                .as("a second meeting that day").isEqualTo(409);
        // Its action's process starts after commit, through the outbox, as for minutes recorded in the task.
        eventually(() -> resources.count("SELECT count(*) FROM workflow.engine_outbox WHERE message_name = 'action-agreed'"
                + " AND sent_at IS NOT NULL"), n -> n == 1);
    }

    private ProblemException refusal(Actor actor, PastMeeting past) {
        return catchThrowableOfType(ProblemException.class, () -> recordPastMeeting.record(actor, past));
    }
}
