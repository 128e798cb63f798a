package uk.stpartnership.workflow.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.trainers.AccreditedTrainers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A cohort whose every day is held and recorded: it counts as delivered (for the trainer's accreditation and the
 * blocks delivered per year), and everyone with a place who attended every day has completed the course. A job
 * handed over again finds all of it done and changes nothing.
 */
@Singleton
class DeliverCohort {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverCohort.class);
    private static final String PROCESS = "training-cohort process";

    private final CohortRepository cohorts;
    private final BookingRepository bookings;
    private final AttendanceRepository attendance;
    private final CompleteCourse completeCourse;
    private final AccreditedTrainers trainers;

    DeliverCohort(CohortRepository cohorts, BookingRepository bookings, AttendanceRepository attendance, CompleteCourse completeCourse,
                  AccreditedTrainers trainers) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.attendance = attendance;
        this.completeCourse = completeCourse;
        this.trainers = trainers;
    }

    @Transactional
    void delivered(UUID cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new IllegalStateException("No cohort " + cohortId));
        if (cohorts.delivered(cohortId, cohort.lastDay()) > 0) {
            LOG.info("Cohort {} delivered on {}", cohortId, cohort.lastDay());
        }
        trainers.cohortDelivered(cohort.trainerId(), cohortId, cohort.lastDay());
        completeCourses(cohort, PROCESS);
    }

    /** Everyone with a place who attended every day completes the course (once). */
    void completeCourses(Cohort cohort, String recordedBy) {
        int days = cohorts.days(cohort.id()).size();
        Map<String, Long> attendedDays = attendance.ofCohort(cohort.id()).stream().filter(Attendance::attended)
                .collect(Collectors.groupingBy(Attendance::personId, Collectors.counting()));
        List<Booking> places = bookings.placesOf(cohort.id());
        for (Booking place : places) {
            if (attendedDays.getOrDefault(place.personId(), 0L) == days) {
                completeCourse.completed(place.personId(), place.borough(), cohort.course(), cohort.lastDay(), cohort.id(), recordedBy);
            }
        }
    }
}
