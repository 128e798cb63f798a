package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path through training-cohort.bpmn: each day waits for its attendance (recorded after the day, or before its
 * end), an attendance not recorded by the day after reminds the trainer and holds the cohort back until it is, and the last day recorded delivers it.
 */
class TrainingCohortProcessTest extends ProcessTest {

    @Override
    protected List<String> textVariables() {
        return List.of("dayTitle", "place", "attended");
    }

    private long instance;

    @BeforeEach
    void planTwoDays() {
        engine.deploy("bpmn/training-cohort.bpmn");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        instance = engine.startByMessage("training-cohort", "training-cohort-planned", "cohort-1", Map.of("cohortId", "cohort-1",
                "trainerId", "trainer.respect", "course", "WORKING_WITH_PERPETRATORS", "days", List.of(
                        day("day-1", 1, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1))),
                        day("day-2", 2, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3))))));
    }

    private static Map<String, Object> day(String id, int number, Instant endsAt, Instant attendanceDueAt) {
        return Map.of("cohortDayId", id, "dayNumber", number, "endsAt", endsAt.toString(), "attendanceDueAt", attendanceDueAt.toString());
    }

    @Test
    void eachDayWaitsForItsAttendanceThenTheCohortIsDelivered() {
        engine.increaseTime(Duration.ofHours(1).plusMinutes(1));
        assertThat(engine.activeElements(instance)).contains("recorded-or-due");
        recordAttendance("day-1");
        engine.increaseTime(Duration.ofDays(2));
        recordAttendance("day-2");

        ActivatedJob delivered = onlyJob("training-cohort-delivered");
        assertThat(delivered.getVariablesAsMap()).containsEntry("cohortId", "cohort-1");
        engine.client().newCompleteCommand(delivered).send().join();
        engine.waitForIdle();

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("cohort-delivered").doesNotContain("remind-trainer");
    }

    @Test
    void attendanceRecordedBeforeTheDayEndedIsTakenWhenItEnds() {
        recordAttendance("day-1");
        engine.increaseTime(Duration.ofHours(1).plusMinutes(1));
        engine.waitForIdle();

        assertThat(engine.completedElements(instance)).contains("day-recorded");
        assertThat(engine.activeElements(instance)).contains("day-over");
    }

    @Test
    void attendanceNotRecordedByTheDayAfterRemindsTheTrainerAndTheCohortIsNotDelivered() {
        engine.increaseTime(Duration.ofDays(1).plusMinutes(1));

        ActivatedJob reminder = onlyJob("send-email");
        assertThat(reminder.getElementId()).isEqualTo("remind-trainer");
        assertThat(reminder.getCustomHeaders()).containsEntry("template", "training-attendance-reminder").containsEntry("letter", "cohortDay");
        assertThat(reminder.getVariablesAsMap()).containsEntry("cohortDayId", "day-1")
                .containsEntry("recipients", List.of(Map.of("person", "trainer.respect")));
        engine.client().newCompleteCommand(reminder).send().join();
        engine.increaseTime(Duration.ofDays(5));

        assertThat(engine.completedElements(instance)).contains("remind-trainer");
        assertThat(engine.activeElements(instance)).contains("attendance-recorded-late");
        assertThat(engine.activateJobs("training-cohort-delivered")).isEmpty();

        recordAttendance("day-1");
        assertThat(engine.completedElements(instance)).contains("attendance-recorded-late", "day-recorded");
    }

    private void recordAttendance(String cohortDayId) {
        engine.client().newPublishMessageCommand().messageName("training-attendance-recorded").correlationKey(cohortDayId)
                .messageId("attendance/" + cohortDayId).timeToLive(Duration.ofDays(60)).send().join();
        engine.waitForIdle();
    }

    private ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
