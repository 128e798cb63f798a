package uk.stpartnership.workflow.training;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A place on a cohort for a person, booked by themselves or by their borough's implementation lead (or the delivery
 * partner): a place while there is one, else the next turn on the waiting list. Booking again gives the booking there
 * is. The cohort is locked while its places are counted, so two bookings never take the last place twice.
 */
@Singleton
public class BookPlace {

    private static final Logger LOG = LoggerFactory.getLogger(BookPlace.class);

    private final CohortRepository cohorts;
    private final BookingRepository bookings;
    private final TrainingAccess access;
    private final TrainingProcesses processes;
    private final PeopleDirectory people;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final Clock clock;

    BookPlace(CohortRepository cohorts, BookingRepository bookings, TrainingAccess access, TrainingProcesses processes,
              PeopleDirectory people, RequestValidator validator, BoroughCalendars calendars, Clock clock) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.access = access;
        this.processes = processes;
        this.people = people;
        this.validator = validator;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional
    public BookingView book(Actor actor, UUID cohortId, UncheckedBody<BookingRequest> body) {
        BookingRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a booking");
        }
        Cohort cohort = cohorts.lock(cohortId).filter(c -> access.seesCohort(actor, c))
                .orElseThrow(() -> ProblemException.notFound("Cohort"));
        validator.check(request);
        String personId = request.personId() == null || request.personId().isBlank() ? actor.id() : request.personId().strip();
        String borough = personId.equals(actor.id()) ? actor.organisation() : boroughOf(personId);
        if (!personId.equals(actor.id()) && !access.mayActFor(actor, borough)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Places for others are booked by their borough's implementation lead");
        }
        if (cohort.borough() != null && !cohort.borough().equals(borough)) {
            throw ProblemException.badField("personId", "works in another borough than the cohort's: book a cross-borough cohort");
        }
        if (cohort.deliveredOn() != null || cohort.firstDay().isBefore(calendars.today())) {
            throw ProblemException.conflict("This cohort has started: it takes no more bookings");
        }
        var existing = bookings.live(cohortId, personId);
        if (existing.isPresent()) {
            return BookingView.withTurn(existing.get(), bookings);
        }
        boolean place = bookings.places(cohortId) < cohort.capacity();
        Instant now = Instant.now(clock);
        Booking booking = bookings.save(new Booking(UUID.randomUUID(), cohortId, personId, borough,
                place ? Booking.Status.PLACE : Booking.Status.WAITING_LIST, actor.id(), now, place ? now : null, null));
        processes.placeBooked(booking, cohorts.days(cohortId));
        LOG.info("Booking {} on cohort {}: {}", booking.id(), cohortId, booking.status());
        return BookingView.withTurn(booking, bookings);
    }

    private String boroughOf(String personId) {
        return people.person(personId).map(PeopleDirectory.Person::organisation)
                .orElseThrow(() -> ProblemException.badField("personId", "must be a person of the platform"));
    }
}
