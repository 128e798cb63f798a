package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A booking, with its place on the waiting list (from 1) while it waits. */
@Serdeable
public record BookingView(UUID id, UUID cohortId, String personId, String borough, Booking.Status status,
                          @Nullable Long waitingPosition, Instant bookedAt) {

    /** With its turn on the waiting list while it waits. */
    static BookingView withTurn(Booking booking, BookingRepository bookings) {
        return of(booking, booking.status() == Booking.Status.WAITING_LIST ? bookings.waitingPosition(booking.id()) : null);
    }

    static BookingView of(Booking booking, @Nullable Long waitingPosition) {
        return new BookingView(booking.id(), booking.cohortId(), booking.personId(), booking.borough(), booking.status(),
                waitingPosition, booking.bookedAt());
    }
}
