package uk.stpartnership.bpmn;

import io.camunda.client.api.response.ActivatedJob;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path through training-booking.bpmn: a place, the waiting list then a place freed, the waiting list then cancelled. */
class TrainingBookingProcessTest extends ProcessTest {

    private static final List<String> DAYS = List.of("day-1", "day-2");

    @Override
    protected List<String> textVariables() {
        // The emails' texts (course, dates, place) are letters: none of them is a variable.
        return List.of("courseName", "cohortDates", "place", "dayTitle");
    }

    private long book(String bookingId, boolean waitingList) {
        engine.deploy("bpmn/training-booking.bpmn");
        return engine.startByMessage("training-booking", "training-place-booked", bookingId, Map.of("bookingId", bookingId,
                "cohortId", "cohort-1", "personId", "practitioner.hackney", "waitingList", waitingList, "cohortDays", DAYS));
    }

    @Test
    void aPlaceIsConfirmedThenEveryDayIsInvitedWithItsCalendarInvitation() {
        long instance = book("b-1", false);

        ActivatedJob confirmation = onlyJob("send-email");
        assertThat(confirmation.getElementId()).isEqualTo("confirm-place");
        assertThat(confirmation.getCustomHeaders()).containsEntry("template", "training-place-confirmed").containsEntry("letter", "booking");
        assertThat(confirmation.getVariablesAsMap()).containsEntry("bookingId", "b-1")
                .containsEntry("recipients", List.of(Map.of("person", "practitioner.hackney")));
        complete(confirmation);

        assertInvitedToEveryDay();
        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("invited").doesNotContain("tell-waitlisted");
    }

    @Test
    void aFullCohortPutsThemOnTheWaitingListUntilACancellationFreesAPlace() {
        long instance = book("b-2", true);

        ActivatedJob waitlisted = onlyJob("send-email");
        assertThat(waitlisted.getElementId()).isEqualTo("tell-waitlisted");
        assertThat(waitlisted.getCustomHeaders()).containsEntry("template", "training-waitlisted").containsEntry("letter", "booking");
        complete(waitlisted);
        engine.waitForIdle();
        assertThat(engine.activateJobs("send-email")).isEmpty();

        publish("training-place-offered", "b-2");
        ActivatedJob promoted = onlyJob("send-email");
        assertThat(promoted.getElementId()).isEqualTo("tell-promoted");
        assertThat(promoted.getCustomHeaders()).containsEntry("template", "training-place-offered");
        assertThat(promoted.getVariablesAsMap()).containsEntry("recipients", List.of(Map.of("person", "practitioner.hackney")));
        complete(promoted);

        assertInvitedToEveryDay();
        assertThat(engine.completedElements(instance)).contains("place-offered", "invited").doesNotContain("confirm-place");
    }

    @Test
    void aPlaceFreedBeforeTheWaitingListEmailWentIsKeptForThem() {
        long instance = book("b-3", true);
        publish("training-place-offered", "b-3");
        complete(onlyJob("send-email"));

        assertThat(onlyJob("send-email").getElementId()).isEqualTo("tell-promoted");
        assertThat(engine.activeElements(instance)).contains("tell-promoted");
    }

    @Test
    void cancellingWhileWaitingEndsTheBookingWithoutInvitations() {
        long instance = book("b-4", true);
        complete(onlyJob("send-email"));

        publish("training-booking-cancelled", "b-4");
        engine.waitForIdle();

        assertThat(engine.hasCompleted(instance)).isTrue();
        assertThat(engine.completedElements(instance)).contains("left-waiting-list").doesNotContain("send-day-invitations");
        assertThat(engine.activateJobs("send-email")).isEmpty();
    }

    private void assertInvitedToEveryDay() {
        List<ActivatedJob> invitations = engine.activateJobs("send-email");
        assertThat(invitations).hasSize(2).allSatisfy(job -> {
            assertThat(job.getElementId()).isEqualTo("send-day-invitations");
            assertThat(job.getCustomHeaders()).containsEntry("template", "training-day-invitation").containsEntry("letter", "cohortDay")
                    .containsEntry("attachment", "icalendar");
            assertThat(job.getVariablesAsMap()).containsEntry("recipients", List.of(Map.of("person", "practitioner.hackney")));
        });
        assertThat(invitations.stream().map(job -> job.getVariablesAsMap().get("cohortDayId"))).containsExactlyInAnyOrderElementsOf(DAYS);
        invitations.forEach(this::complete);
        engine.waitForIdle();
    }

    private void publish(String message, String bookingId) {
        engine.client().newPublishMessageCommand().messageName(message).correlationKey(bookingId).messageId(message + "/" + bookingId)
                .timeToLive(Duration.ofDays(1)).send().join();
    }

    private void complete(ActivatedJob job) {
        engine.client().newCompleteCommand(job).send().join();
    }

    private ActivatedJob onlyJob(String type) {
        List<ActivatedJob> jobs = engine.activateJobs(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
