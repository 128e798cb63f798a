package uk.stpartnership.workflow.training;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What training tells the engine, always through the outbox in the transaction that saved the record: the cohort's
 * and each booking's process, a place offered from the waiting list, a day's attendance, a pathway completed.
 */
@Singleton
class TrainingProcesses {

    static final String COHORT_PROCESS = "training-cohort";
    static final String BOOKING_PROCESS = "training-booking";
    static final String PATHWAY_COMPLETED = "training-pathway-completed";
    /** Kept until the process reaches the waiting step: a day's attendance may be recorded before its end. */
    private static final Duration STEP_MESSAGE_TIME_TO_LIVE = Duration.ofDays(60);

    private final EngineOutbox outbox;
    private final Duration pathwayTimeToLive;

    TrainingProcesses(EngineOutbox outbox, @Value("${training.pathway-message-time-to-live}") Duration pathwayTimeToLive) {
        this.outbox = outbox;
        this.pathwayTimeToLive = pathwayTimeToLive;
    }

    /** @param days each day's cohortDayId, dayNumber, endsAt and attendanceDueAt */
    void cohortPlanned(Cohort cohort, List<Map<String, Object>> days) {
        outbox.startProcess(COHORT_PROCESS, "training-cohort-planned", cohort.id(), Map.of(
                "cohortId", cohort.id().toString(), "trainerId", cohort.trainerId(), "course", cohort.course(), "days", days));
    }

    void placeBooked(Booking booking, List<CohortDay> days) {
        outbox.startProcess(BOOKING_PROCESS, "training-place-booked", booking.id(), Map.of(
                "bookingId", booking.id().toString(), "cohortId", booking.cohortId().toString(), "personId", booking.personId(),
                "waitingList", booking.status() == Booking.Status.WAITING_LIST,
                "cohortDays", days.stream().map(day -> day.id().toString()).toList()));
    }

    void placeOffered(UUID bookingId) {
        outbox.publishMessage("training-place-offered", bookingId.toString(), "offered/" + bookingId, STEP_MESSAGE_TIME_TO_LIVE, Map.of());
    }

    void waitingCancelled(UUID bookingId) {
        outbox.publishMessage("training-booking-cancelled", bookingId.toString(), "cancelled/" + bookingId, STEP_MESSAGE_TIME_TO_LIVE, Map.of());
    }

    /** Once per day: a correction after it changes the records, not the process. */
    void attendanceRecorded(UUID cohortDayId) {
        outbox.publishMessage("training-attendance-recorded", cohortDayId.toString(), "attendance/" + cohortDayId, STEP_MESSAGE_TIME_TO_LIVE,
                Map.of());
    }

    /** The champion process waits for it; the key as message id, so it goes once. */
    void pathwayCompleted(Pathway pathway, String personId) {
        String key = pathway.key(personId);
        outbox.publishMessage(PATHWAY_COMPLETED, key, key, pathwayTimeToLive, Map.of("pathway", pathway.name(), "personId", personId));
    }
}
