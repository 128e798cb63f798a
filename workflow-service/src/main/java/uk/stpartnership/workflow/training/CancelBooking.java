package uk.stpartnership.workflow.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking cancelled by its person, their borough's lead or the delivery partner. A place given up goes to the first
 * on the waiting list, whose process then tells them and sends the invitations. Cancelling again changes nothing.
 */
@Singleton
public class CancelBooking {

    private static final Logger LOG = LoggerFactory.getLogger(CancelBooking.class);

    private final CohortRepository cohorts;
    private final BookingRepository bookings;
    private final TrainingAccess access;
    private final TrainingProcesses processes;
    private final Clock clock;

    CancelBooking(CohortRepository cohorts, BookingRepository bookings, TrainingAccess access, TrainingProcesses processes, Clock clock) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.access = access;
        this.processes = processes;
        this.clock = clock;
    }

    @Transactional
    public BookingView cancel(Actor actor, UUID bookingId) {
        Booking found = bookings.findById(bookingId).orElseThrow(() -> ProblemException.notFound("Booking"));
        // Locked first, then read again: a booking and a cancellation of the cohort take turns.
        Cohort cohort = cohorts.lock(found.cohortId()).orElseThrow(() -> ProblemException.notFound("Booking"));
        Booking booking = bookings.findById(bookingId).filter(b -> access.seesBooking(actor, b, cohort))
                .orElseThrow(() -> ProblemException.notFound("Booking"));
        Instant now = Instant.now(clock);
        if (bookings.cancel(bookingId, now) == 0) {
            return BookingView.of(booking, null);
        }
        if (booking.status() == Booking.Status.WAITING_LIST) {
            processes.waitingCancelled(bookingId);
        } else {
            bookings.nextWaiting(cohort.id()).ifPresent(next -> {
                bookings.promote(next.id(), now);
                processes.placeOffered(next.id());
                LOG.info("Booking {} promoted from the waiting list of cohort {}", next.id(), cohort.id());
            });
        }
        LOG.info("Booking {} on cohort {} cancelled", bookingId, cohort.id());
        return BookingView.of(new Booking(booking.id(), booking.cohortId(), booking.personId(), booking.borough(), Booking.Status.CANCELLED,
                booking.bookedBy(), booking.bookedAt(), booking.placedAt(), now), null);
    }
}
