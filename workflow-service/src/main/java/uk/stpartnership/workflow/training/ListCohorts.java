package uk.stpartnership.workflow.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

/** The cohorts a person may see, soonest first: every one for the delivery partner, else their borough's and the cross-borough ones. */
@Singleton
public class ListCohorts {

    private final CohortRepository cohorts;
    private final BookingRepository bookings;
    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;

    ListCohorts(CohortRepository cohorts, BookingRepository bookings, TrainingCatalogue catalogue, TrainingAccess access) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page<CohortSummary> list(Actor actor, PageRequest page) {
        if (actor.holds(Role.EVALUATOR) && !access.deliveryPartner(actor)) {
            throw ProblemException.notFound("Cohorts");
        }
        return Page.of(cohorts.visible(access.deliveryPartner(actor) ? null : actor.organisation(), page.pageable()),
                cohort -> CohortSummary.of(cohort, catalogue));
    }

    /** The person's own bookings, newest first. */
    @Transactional(readOnly = true)
    public Page<BookingView> mine(Actor actor, PageRequest page) {
        return Page.of(bookings.ofPerson(actor.id(), page.pageable()),
                booking -> BookingView.withTurn(booking, bookings));
    }
}
