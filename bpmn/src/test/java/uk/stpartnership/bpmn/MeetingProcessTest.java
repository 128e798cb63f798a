package uk.stpartnership.bpmn;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path through meeting.bpmn, on the real engine in memory, its clock moved by the test. */
class MeetingProcessTest extends ProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String CHAIR = "project-manager.respect";
    private static final List<Map<String, String>> MEMBERS = List.of(
            Map.of("person", CHAIR),
            Map.of("role", "BOROUGH_LEAD", "organisation", "hackney"),
            Map.of("person", "implementation-lead.newham"));
    /** Names that carried the meeting's texts before (or texts made from them); no record of the engine may hold them. */
    private static final List<String> TEXT_VARIABLES = List.of("meetingTitle", "location", "reason", "openActionsSummary", "agendaSummary",
            "attendees", "outcomes", "note");

    @Override
    protected List<String> textVariables() {
        return TEXT_VARIABLES;
    }

    private long instance;
    private Instant agendaClosesAt;
    private Instant minutesApprovalDueAt;
    private Instant start;

    @BeforeEach
    void startMeeting() {
        engine.deploy("bpmn/meeting.bpmn");
        // What plan-next-meeting worked out: agenda call in 5 days, agenda closes in 10, meeting in 14,
        // minutes to be approved within a week of the meeting.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        start = now;
        Instant scheduledAt = now.plus(Duration.ofDays(14));
        agendaClosesAt = now.plus(Duration.ofDays(10));
        minutesApprovalDueAt = now.plus(Duration.ofDays(21));
        instance = engine.client().newCreateInstanceCommand().bpmnProcessId("meeting").latestVersion()
                .variables(Map.ofEntries(
                        entry("seriesId", "s-1"),
                        entry("meetingId", "m-1"),
                        entry("scheduledAt", scheduledAt.toString()),
                        entry("endsAt", scheduledAt.plus(Duration.ofHours(2)).toString()),
                        entry("agendaCallAt", now.plus(Duration.ofDays(5)).toString()),
                        entry("agendaClosesAt", agendaClosesAt.toString()),
                        entry("minutesApprovalDueAt", minutesApprovalDueAt.toString()),
                        entry("members", MEMBERS),
                        entry("chair", CHAIR),
                        entry("borough", "respect"),
                        entry("seriesOpen", true)))
                .send().join().getProcessInstanceKey();
    }

    @Test
    void theMeetingRunsFromTheCallForAgendaItemsToApprovedMinutes() {
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "agenda-call-day");
        assertThat(engine.activateJobs("send-email")).isEmpty();

        // Agenda call day: the call for agenda items to every member; workflow-service gives the open actions (letter).
        engine.increaseTime(Duration.ofDays(5).plusMinutes(1));
        ActivatedJob agendaCall = onlyJob("send-email");
        assertThat(agendaCall.getElementId()).isEqualTo("call-for-agenda-items");
        assertThat(agendaCall.getCustomHeaders()).containsEntry("template", "agenda-call").containsEntry("letter", "meeting")
                .doesNotContainKey("attachment");
        assertThat(agendaCall.getVariablesAsMap().get("recipients")).isEqualTo(MEMBERS);
        assertThat(agendaCall.getVariablesAsMap()).containsEntry("meetingId", "m-1").containsKeys("scheduledAt", "agendaClosesAt");
        complete(agendaCall, Map.of());

        // Members add agenda items until the agenda closes; then the chair finalises it.
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "agenda-closes");
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
        engine.increaseTime(Duration.ofDays(5));

        ActivatedJob finalise = onlyJob(USER_TASK);
        assertThat(finalise.getElementId()).isEqualTo("finalise-agenda");
        assertThat(finalise.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "finalise-agenda")
                .containsEntry("io.camunda.zeebe:assignee", CHAIR)
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"PROJECT_MANAGER\"]");
        assertThat(ZonedDateTime.parse(finalise.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(agendaClosesAt);
        complete(finalise, Map.of("agendaConfirmed", true, "completedBy", CHAIR));

        // The agenda closes; the pack goes to every member with the calendar invitation attached, both from workflow-service.
        ActivatedJob build = onlyJob("build-agenda-pack");
        assertThat(build.getVariablesAsMap()).containsEntry("agendaConfirmed", true).containsEntry("meetingId", "m-1");
        complete(build, Map.of());

        ActivatedJob pack = onlyJob("send-email");
        assertThat(pack.getElementId()).isEqualTo("send-agenda-pack");
        assertThat(pack.getCustomHeaders())
                .containsEntry("template", "agenda-pack")
                .containsEntry("letter", "meeting")
                .containsEntry("attachment", "icalendar");
        assertThat(pack.getVariablesAsMap().get("recipients")).isEqualTo(MEMBERS);
        assertThat(pack.getVariablesAsMap()).containsEntry("meetingId", "m-1").containsKey("scheduledAt");
        complete(pack, Map.of());

        // The meeting starts: the chair records it.
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "meeting-starts");
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
        engine.increaseTime(Duration.ofDays(4));

        ActivatedJob record = onlyJob(USER_TASK);
        assertThat(record.getElementId()).isEqualTo("record-meeting");
        assertThat(record.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "record-meeting")
                .containsEntry("io.camunda.zeebe:assignee", CHAIR)
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"PROJECT_MANAGER\"]");
        complete(record, Map.of("completedBy", CHAIR));

        ActivatedJob minutes = onlyJob("record-minutes");
        assertThat(minutes.getVariablesAsMap()).containsEntry("meetingId", "m-1");
        complete(minutes, Map.of("quorumMet", true));

        // The chair approves the minutes in time: no reminder.
        ActivatedJob approve = onlyJob(USER_TASK);
        assertThat(approve.getElementId()).isEqualTo("approve-minutes");
        assertThat(approve.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "approve-minutes")
                .containsEntry("io.camunda.zeebe:assignee", CHAIR)
                .doesNotContainKey("io.camunda.zeebe:candidateGroups");
        assertThat(ZonedDateTime.parse(approve.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(minutesApprovalDueAt);
        complete(approve, Map.of("approved", true, "completedBy", CHAIR));

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("minutes-approved", "meeting-cycle", "meeting-held")
                .doesNotContain("chair-reminded", "meeting-cancelled-end");
        engine.increaseTime(Duration.ofDays(10));
        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    @Test
    void minutesNotApprovedInTimeRemindTheChairAndTheTaskStaysOpen() {
        runToTheApprovalOfTheMinutes();

        engine.increaseTime(Duration.ofDays(7));
        ActivatedJob reminder = onlyJob("send-email");
        assertThat(reminder.getElementId()).isEqualTo("remind-chair-to-approve");
        assertThat(reminder.getCustomHeaders()).containsEntry("template", "minutes-approval-reminder").containsEntry("letter", "meeting");
        assertThat(reminder.getVariablesAsMap().get("recipients")).isEqualTo(List.of(Map.of("person", CHAIR)));
        assertThat(reminder.getVariablesAsMap()).containsEntry("meetingId", "m-1");
        complete(reminder, Map.of());

        assertThat(engine.completedElements(instance)).contains("chair-reminded");
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "approve-minutes");

        ActivatedJob approve = onlyJob(USER_TASK);
        assertThat(approve.getElementId()).isEqualTo("approve-minutes");
        complete(approve, Map.of("approved", true));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("chair-reminded", "minutes-approved", "meeting-held");
    }

    @Test
    void aMeetingCancelledBeforeTheAgendaCallTellsTheMembersAndEnds() {
        cancel("m-1");

        expectTheCancellationToBeCarriedOut();
        assertThat(engine.completedElements(instance)).doesNotContain("call-for-agenda-items", "meeting-held");
        engine.increaseTime(Duration.ofDays(6));
        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    @Test
    void aMeetingCancelledWhileTheAgendaIsBeingFinalisedClosesTheTask() {
        holdTheAgendaCall();
        engine.increaseTime(Duration.ofDays(5));
        ActivatedJob finalise = onlyJob(USER_TASK);
        assertThat(finalise.getElementId()).isEqualTo("finalise-agenda");

        cancel("m-1");

        assertThat(engine.activeElements(instance)).doesNotContain("finalise-agenda", "meeting-cycle");
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
        assertThatThrownBy(() -> engine.client().newCompleteCommand(finalise).send().join())
                .isInstanceOf(ClientException.class);
        expectTheCancellationToBeCarriedOut();
        assertThat(engine.completedElements(instance)).doesNotContain("finalise-agenda", "build-agenda-pack");
    }

    @Test
    void aCancellationOfAnotherMeetingChangesNothing() {
        cancel("m-2");

        assertThat(engine.activateJobs("cancel-meeting")).isEmpty();
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "agenda-call-day");
    }

    @Test
    void aMeetingMovedBeforeTheAgendaCallTellsTheMembersAndStartsAgainWithTheNewTimes() {
        // Moved to a week from now: its agenda call day (two days ago by the new times) has passed, so the call goes at once.
        Instant newScheduledAt = start.plus(Duration.ofDays(7));
        Instant newAgendaClosesAt = start.plus(Duration.ofDays(4));
        move("m-1", newScheduledAt, start.minus(Duration.ofDays(2)), newAgendaClosesAt, start.plus(Duration.ofDays(12)));

        expectTheMoveToBeCarriedOut(newScheduledAt);
        ActivatedJob agendaCall = onlyJob("send-email");
        assertThat(agendaCall.getElementId()).isEqualTo("call-for-agenda-items");
        assertThat(agendaCall.getVariablesAsMap()).containsEntry("scheduledAt", newScheduledAt.toString())
                .containsEntry("agendaClosesAt", newAgendaClosesAt.toString());
        complete(agendaCall, Map.of());

        // The agenda closes at the new time, not the old one (ten days from the start).
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "agenda-closes");
        engine.increaseTime(Duration.ofDays(4).plusMinutes(1));
        ActivatedJob finalise = onlyJob(USER_TASK);
        assertThat(finalise.getElementId()).isEqualTo("finalise-agenda");
        assertThat(ZonedDateTime.parse(finalise.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant()).isEqualTo(newAgendaClosesAt);
        assertThat(engine.completedElements(instance)).doesNotContain("meeting-cancelled-end", "meeting-held");
    }

    @Test
    void aMeetingMovedWhileTheAgendaIsBeingFinalisedClosesTheTaskAndStartsTheCycleAgain() {
        holdTheAgendaCall();
        engine.increaseTime(Duration.ofDays(5));
        ActivatedJob finalise = onlyJob(USER_TASK);
        assertThat(finalise.getElementId()).isEqualTo("finalise-agenda");

        // Moved three weeks on from the original day (now is day 10).
        Instant newScheduledAt = start.plus(Duration.ofDays(35));
        Instant newAgendaCallAt = start.plus(Duration.ofDays(26));
        Instant newAgendaClosesAt = start.plus(Duration.ofDays(31));
        Instant newMinutesDue = start.plus(Duration.ofDays(42));
        move("m-1", newScheduledAt, newAgendaCallAt, newAgendaClosesAt, newMinutesDue);

        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
        assertThatThrownBy(() -> engine.client().newCompleteCommand(finalise).send().join())
                .isInstanceOf(ClientException.class);
        expectTheMoveToBeCarriedOut(newScheduledAt);
        assertThat(engine.completedElements(instance)).doesNotContain("build-agenda-pack");

        // Nothing at the old meeting time (day 14): the cycle waits for the new agenda call day.
        engine.increaseTime(Duration.ofDays(5));
        assertThat(engine.activateJobs(USER_TASK)).isEmpty();
        assertThat(engine.activateJobs("send-email")).isEmpty();
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "agenda-call-day");

        engine.increaseTime(Duration.ofDays(11).plusMinutes(1));
        complete(onlyJob("send-email"), Map.of());
        engine.increaseTime(Duration.ofDays(5));
        ActivatedJob again = onlyJob(USER_TASK);
        assertThat(again.getElementId()).isEqualTo("finalise-agenda");
        assertThat(again.getKey()).isNotEqualTo(finalise.getKey());
        assertThat(ZonedDateTime.parse(again.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant()).isEqualTo(newAgendaClosesAt);
        complete(again, Map.of("agendaConfirmed", true));
        complete(onlyJob("build-agenda-pack"), Map.of());
        ActivatedJob pack = onlyJob("send-email");
        assertThat(pack.getVariablesAsMap()).containsEntry("scheduledAt", newScheduledAt.toString());
        complete(pack, Map.of());

        engine.increaseTime(Duration.ofDays(4));
        ActivatedJob record = onlyJob(USER_TASK);
        assertThat(record.getElementId()).isEqualTo("record-meeting");
        complete(record, Map.of());
        complete(onlyJob("record-minutes"), Map.of());
        ActivatedJob approve = onlyJob(USER_TASK);
        assertThat(ZonedDateTime.parse(approve.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant()).isEqualTo(newMinutesDue);
        complete(approve, Map.of("approved", true));
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("meeting-moved", "close-meeting-tasks", "send-meeting-moved", "meeting-held");
    }

    @Test
    void aMoveOfAnotherMeetingChangesNothing() {
        move("m-2", start.plus(Duration.ofDays(21)), start.plus(Duration.ofDays(14)), start.plus(Duration.ofDays(19)), start.plus(Duration.ofDays(28)));

        assertThat(engine.activateJobs("close-open-tasks")).isEmpty();
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "agenda-call-day");
    }

    /** What workflow-service publishes when a meeting is moved: the new times (the place and the reason stay with it). */
    private void move(String meetingId, Instant scheduledAt, Instant agendaCallAt, Instant agendaClosesAt, Instant minutesApprovalDueAt) {
        engine.client().newPublishMessageCommand().messageName("meeting-moved").correlationKey(meetingId)
                .variables(Map.of("scheduledAt", scheduledAt.toString(), "endsAt", scheduledAt.plus(Duration.ofHours(2)).toString(),
                        "agendaCallAt", agendaCallAt.toString(), "agendaClosesAt", agendaClosesAt.toString(),
                        "minutesApprovalDueAt", minutesApprovalDueAt.toString()))
                .send().join();
    }

    private void expectTheMoveToBeCarriedOut(Instant newScheduledAt) {
        ActivatedJob close = onlyJob("close-open-tasks");
        assertThat(close.getElementId()).isEqualTo("close-meeting-tasks");
        assertThat(close.getProcessInstanceKey()).isEqualTo(instance);
        complete(close, Map.of());

        ActivatedJob email = onlyJob("send-email");
        assertThat(email.getElementId()).isEqualTo("send-meeting-moved");
        assertThat(email.getCustomHeaders()).containsEntry("template", "meeting-moved").containsEntry("letter", "meeting");
        assertThat(email.getVariablesAsMap().get("recipients")).isEqualTo(MEMBERS);
        assertThat(email.getVariablesAsMap()).containsEntry("meetingId", "m-1").containsEntry("scheduledAt", newScheduledAt.toString());
        complete(email, Map.of());

        assertThat(engine.hasCompleted(instance)).isFalse();
        assertThat(engine.activateJobs("close-open-tasks")).as("the move is carried out once").isEmpty();
        assertThat(engine.completedElements(instance)).contains("meeting-moved", "close-meeting-tasks", "send-meeting-moved")
                .doesNotContain("meeting-cancelled-end");
    }

    private void cancel(String meetingId) {
        engine.client().newPublishMessageCommand().messageName("meeting-cancelled").correlationKey(meetingId)
                .send().join();
    }

    private void expectTheCancellationToBeCarriedOut() {
        ActivatedJob cancelMeeting = onlyJob("cancel-meeting");
        assertThat(cancelMeeting.getVariablesAsMap()).containsEntry("meetingId", "m-1");
        complete(cancelMeeting, Map.of());

        ActivatedJob email = onlyJob("send-email");
        assertThat(email.getElementId()).isEqualTo("send-meeting-cancelled");
        assertThat(email.getCustomHeaders()).containsEntry("template", "meeting-cancelled").containsEntry("letter", "meeting");
        assertThat(email.getVariablesAsMap().get("recipients")).isEqualTo(MEMBERS);
        assertThat(email.getVariablesAsMap()).containsEntry("meetingId", "m-1").containsKey("scheduledAt");
        complete(email, Map.of());

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.activeElements(instance)).isEmpty();
        assertThat(engine.completedElements(instance)).contains("meeting-cancelled", "cancel-meeting", "meeting-cancelled-end");
    }

    private void holdTheAgendaCall() {
        engine.increaseTime(Duration.ofDays(5).plusMinutes(1));
        complete(onlyJob("send-email"), Map.of());
    }

    private void runToTheApprovalOfTheMinutes() {
        holdTheAgendaCall();
        engine.increaseTime(Duration.ofDays(5));
        complete(onlyJob(USER_TASK), Map.of("agendaConfirmed", true));
        complete(onlyJob("build-agenda-pack"), Map.of());
        complete(onlyJob("send-email"), Map.of());
        engine.increaseTime(Duration.ofDays(4));
        complete(onlyJob(USER_TASK), Map.of());
        complete(onlyJob("record-minutes"), Map.of());
        assertThat(engine.activeElements(instance)).containsExactly("meeting-cycle", "approve-minutes");
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        engine.client().newCompleteCommand(job).variables(variables).send().join();
    }

    private ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
