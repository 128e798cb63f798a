package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.listing.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort as a person sees it: the places taken and how many wait, and the bookings they may see (places first, then
 * the waiting list in order).
 */
@Serdeable
public record CohortView(UUID id, String course, String courseName, @Nullable String borough, String trainerId,
                         @Nullable String venue, @Nullable String onlineLink, int capacity, LocalDate firstDay, LocalDate lastDay,
                         @Nullable LocalDate deliveredOn, List<CohortDay> days, long placesTaken, long waiting,
                         Page<BookingView> bookings) {

    static CohortView of(Cohort cohort, Course course, List<CohortDay> days, long placesTaken, long waiting, Page<BookingView> bookings) {
        return new CohortView(cohort.id(), cohort.course(), course.name(), cohort.borough(), cohort.trainerId(), cohort.venue(),
                cohort.onlineLink(), cohort.capacity(), cohort.firstDay(), cohort.lastDay(), cohort.deliveredOn(), days, placesTaken,
                waiting, bookings);
    }
}
