package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The places a person holds on cohorts, for other features (the surveys ask only those with a place). */
@Singleton
public class TrainingPlaces {

    /** A place held: the cohort's course and days, and the trainee's own borough. */
    @Serdeable
    public record PlaceHeld(UUID cohortId, String course, String borough, LocalDate firstDay, LocalDate lastDay,
                            @Nullable LocalDate deliveredOn) {
    }

    private final CohortRepository cohorts;
    private final BookingRepository bookings;

    TrainingPlaces(CohortRepository cohorts, BookingRepository bookings) {
        this.cohorts = cohorts;
        this.bookings = bookings;
    }

    /** The person's place on the cohort; none while they wait, after they cancelled, or never booked. */
    @Transactional(readOnly = true)
    public Optional<PlaceHeld> on(UUID cohortId, String personId) {
        return bookings.live(cohortId, personId).filter(booking -> booking.status() == Booking.Status.PLACE)
                .flatMap(booking -> cohorts.findById(cohortId).map(cohort -> of(cohort, booking.borough())));
    }

    /** The person's places, the latest booked first. */
    @Transactional(readOnly = true)
    public List<PlaceHeld> of(String personId, Pageable pageable) {
        List<Booking> places = bookings.placesOfPerson(personId, pageable).getContent();
        if (places.isEmpty()) {
            return List.of();
        }
        Map<UUID, Cohort> held = cohorts.findByIdIn(places.stream().map(Booking::cohortId).toList()).stream()
                .collect(Collectors.toMap(Cohort::id, cohort -> cohort));
        return places.stream().map(place -> of(held.get(place.cohortId()), place.borough())).toList();
    }

    private static PlaceHeld of(Cohort cohort, String borough) {
        return new PlaceHeld(cohort.id(), cohort.course(), borough, cohort.firstDay(), cohort.lastDay(), cohort.deliveredOn());
    }
}
