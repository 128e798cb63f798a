package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path through meeting-series.bpmn, with the meeting process it calls, on the real engine in memory.
 * The series plans one meeting at a time; on each meeting day it plans the next while the last one still runs.
 */
class MeetingSeriesProcessTest extends ProcessTest {

    private static final String PLAN = "plan-next-meeting";
    private static final List<Map<String, String>> MEMBERS = List.of(
            Map.of("person", "project-manager.respect"),
            Map.of("role", "BOROUGH_LEAD", "organisation", "hackney"));
    /** Names that carried the series' texts before; no record of the engine may hold them. */
    private static final List<String> TEXT_VARIABLES = List.of("meetingTitle", "location", "title");

    @Override
    protected List<String> textVariables() {
        return TEXT_VARIABLES;
    }

    private Instant start;

    @BeforeEach
    void deploy() {
        engine.deploy("bpmn/meeting-series.bpmn", "bpmn/meeting.bpmn");
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void theFirstMeetingIsPlannedAndHeldWhileTheSeriesWaitsForTheMeetingDay() {
        long series = startSeries("s-1");

        ActivatedJob plan = onlyJob(PLAN);
        assertThat(plan.getElementId()).isEqualTo("plan-next-meeting");
        assertThat(plan.getVariablesAsMap()).containsEntry("seriesId", "s-1");
        complete(plan, meeting("s-1", 1));

        assertThat(engine.activeElements(series)).containsExactlyInAnyOrder("hold-the-meeting", "wait-for-meeting-day");
        assertThat(engine.activateJobs(PLAN)).isEmpty();

        // The meeting got the series' variables; cancelling it ends the meeting, not the series.
        Map<String, Object> meetingVariables = cancelMeeting("s-1-m1");
        assertThat(meetingVariables)
                .containsEntry("seriesId", "s-1")
                .containsEntry("meetingId", "s-1-m1")
                .containsEntry("chair", "project-manager.respect")
                .containsEntry("scheduledAt", start.plus(Duration.ofDays(14)).toString());
        assertThat(engine.completedElements(series)).contains("meeting-done");
        assertThat(engine.activeElements(series)).containsExactly("wait-for-meeting-day");
        assertThat(engine.hasCompleted(series)).isFalse();
    }

    @Test
    void eachMeetingDayPlansTheNextMeetingWhileTheLastOnesStillRunUntilTheSeriesIsClosed() {
        long series = startSeries("s-1");
        complete(onlyJob(PLAN), meeting("s-1", 1));

        engine.increaseTime(Duration.ofDays(14).plusMinutes(1));
        ActivatedJob second = onlyJob(PLAN);
        assertThat(second.getVariablesAsMap()).containsEntry("meetingId", "s-1-m1");
        complete(second, meeting("s-1", 2));

        assertThat(engine.activeElements(series))
                .containsExactlyInAnyOrder("hold-the-meeting", "hold-the-meeting", "wait-for-meeting-day");
        // Each meeting keeps its own copy: only the first meeting's agenda call day has come.
        assertThat(engine.activateJobs("send-email"))
                .extracting(job -> job.getVariablesAsMap().get("meetingId")).containsExactly("s-1-m1");

        engine.increaseTime(Duration.ofDays(14));
        ActivatedJob third = onlyJob(PLAN);
        complete(third, meeting("s-1", 3));

        assertThat(engine.activeElements(series))
                .containsExactlyInAnyOrder("hold-the-meeting", "hold-the-meeting", "hold-the-meeting", "wait-for-meeting-day");
        List<ActivatedJob> agendaCalls = engine.activateJobs("send-email");
        assertThat(agendaCalls).extracting(job -> job.getVariablesAsMap().get("meetingId")).containsExactlyInAnyOrder("s-1-m1", "s-1-m2");
        agendaCalls.forEach(job -> complete(job, Map.of()));

        closeSeries("s-1");
        assertThat(engine.completedElements(series)).contains("series-closed-received", "series-closed");
        assertThat(engine.activeElements(series)).containsExactly("hold-the-meeting", "hold-the-meeting", "hold-the-meeting");

        engine.increaseTime(Duration.ofDays(15));
        assertThat(engine.activateJobs(PLAN)).as("no planning after the series is closed").isEmpty();

        cancelMeeting("s-1-m1");
        cancelMeeting("s-1-m2");
        assertThat(engine.hasCompleted(series)).isFalse();
        cancelMeeting("s-1-m3");

        assertThat(engine.hasCompleted(series)).isTrue();
        List<String> completed = engine.completedElements(series);
        assertThat(completed).filteredOn("plan-next-meeting"::equals).hasSize(3);
        assertThat(completed).filteredOn("meeting-day"::equals).hasSize(2);
        assertThat(completed).filteredOn("meeting-done"::equals).hasSize(3);
        assertThat(completed).filteredOn("series-closed"::equals).hasSize(1);
        assertThat(completed).doesNotContain("series-closed-at-planning");
    }

    @Test
    void aSeriesClosedWhileWaitingForTheMeetingDayPlansNoMoreButItsMeetingStillRuns() {
        long series = startSeries("s-1");
        complete(onlyJob(PLAN), meeting("s-1", 1));

        closeSeries("s-1");

        assertThat(engine.completedElements(series)).contains("series-closed");
        assertThat(engine.activeElements(series)).containsExactly("hold-the-meeting");
        engine.increaseTime(Duration.ofDays(15));
        assertThat(engine.activateJobs(PLAN)).isEmpty();
        assertThat(engine.activateJobs("send-email"))
                .extracting(job -> job.getVariablesAsMap().get("meetingId")).containsExactly("s-1-m1");

        cancelMeeting("s-1-m1");
        assertThat(engine.hasCompleted(series)).isTrue();
        assertThat(engine.completedElements(series)).contains("meeting-done", "series-closed")
                .doesNotContain("meeting-day", "series-closed-at-planning");
    }

    @Test
    void aSeriesFoundClosedAtItsFirstPlanningEndsWithoutAMeeting() {
        long series = startSeries("s-1");

        complete(onlyJob(PLAN), Map.of("seriesOpen", false));

        assertThat(engine.hasCompleted(series)).isTrue();
        assertThat(engine.completedElements(series)).contains("series-closed-at-planning")
                .doesNotContain("hold-the-meeting", "series-closed");
        assertThat(engine.activeElements(series)).isEmpty();
        engine.increaseTime(Duration.ofDays(30));
        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    @Test
    void aSeriesFoundClosedOnAMeetingDayPlansNoMoreButItsLastMeetingStillRuns() {
        long series = startSeries("s-1");
        complete(onlyJob(PLAN), meeting("s-1", 1));
        engine.increaseTime(Duration.ofDays(14).plusMinutes(1));

        complete(onlyJob(PLAN), Map.of("seriesOpen", false));

        assertThat(engine.completedElements(series)).contains("meeting-day", "series-closed-at-planning");
        assertThat(engine.activeElements(series)).containsExactly("hold-the-meeting");
        assertThat(engine.hasCompleted(series)).isFalse();

        cancelMeeting("s-1-m1");
        assertThat(engine.hasCompleted(series)).isTrue();
        assertThat(engine.completedElements(series)).filteredOn("hold-the-meeting"::equals).hasSize(1);
    }

    @Test
    void closingOneSeriesLeavesTheOthersOpen() {
        long operational = startSeries("s-1");
        long steering = startSeries("s-2");
        for (ActivatedJob plan : engine.activateJobs(PLAN)) {
            complete(plan, meeting((String) plan.getVariablesAsMap().get("seriesId"), 1));
        }

        closeSeries("s-2");

        assertThat(engine.activeElements(operational)).containsExactlyInAnyOrder("hold-the-meeting", "wait-for-meeting-day");
        assertThat(engine.activeElements(steering)).containsExactly("hold-the-meeting");
    }

    private long startSeries(String seriesId) {
        return engine.client().newCreateInstanceCommand().bpmnProcessId("meeting-series").latestVersion()
                .variables(Map.of("seriesId", seriesId))
                .send().join().getProcessInstanceKey();
    }

    /** What plan-next-meeting returns for the n-th meeting of a series meeting every two weeks from the start. */
    private Map<String, Object> meeting(String seriesId, int n) {
        Instant scheduledAt = start.plus(Duration.ofDays(14L * n));
        return Map.ofEntries(
                entry("meetingId", seriesId + "-m" + n),
                entry("scheduledAt", scheduledAt.toString()),
                entry("endsAt", scheduledAt.plus(Duration.ofHours(2)).toString()),
                entry("agendaCallAt", scheduledAt.minus(Duration.ofDays(7)).toString()),
                entry("agendaClosesAt", scheduledAt.minus(Duration.ofDays(3)).toString()),
                entry("minutesApprovalDueAt", scheduledAt.plus(Duration.ofDays(5)).toString()),
                entry("members", MEMBERS),
                entry("chair", "project-manager.respect"),
                entry("borough", "respect"),
                entry("seriesOpen", true));
    }

    private void closeSeries(String seriesId) {
        engine.client().newPublishMessageCommand().messageName("series-closed").correlationKey(seriesId)
                .send().join();
    }

    /** Cancels one meeting and does its two jobs; returns the variables the meeting had. */
    private Map<String, Object> cancelMeeting(String meetingId) {
        engine.client().newPublishMessageCommand().messageName("meeting-cancelled").correlationKey(meetingId)
                .send().join();
        ActivatedJob cancel = onlyJob("cancel-meeting");
        assertThat(cancel.getVariablesAsMap()).containsEntry("meetingId", meetingId);
        engine.client().newCompleteCommand(cancel).send().join();
        // Another meeting's agenda call may be waiting too: the cancellation's email is the one of this meeting.
        List<ActivatedJob> emails = engine.activateJobs("send-email").stream()
                .filter(job -> "meeting-cancelled".equals(job.getCustomHeaders().get("template"))).toList();
        assertThat(emails).hasSize(1);
        ActivatedJob email = emails.get(0);
        assertThat(email.getVariablesAsMap()).containsEntry("meetingId", meetingId).containsEntry("recipients", MEMBERS);
        engine.client().newCompleteCommand(email).send().join();
        return cancel.getVariablesAsMap();
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
