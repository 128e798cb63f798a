package uk.stpartnership.workflow.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;
import java.util.UUID;

/** A cohort with the bookings the person may see: every borough's, their borough's, or only their own. */
@Singleton
public class ViewCohort {

    private final CohortRepository cohorts;
    private final BookingRepository bookings;
    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;

    ViewCohort(CohortRepository cohorts, BookingRepository bookings, TrainingCatalogue catalogue, TrainingAccess access) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public CohortView view(Actor actor, UUID cohortId, PageRequest page) {
        Cohort cohort = cohorts.findById(cohortId).filter(c -> access.seesCohort(actor, c))
                .orElseThrow(() -> ProblemException.notFound("Cohort"));
        String trainees = access.traineesOf(actor, cohort);
        Page<BookingView> shown;
        if ("".equals(trainees)) {
            List<BookingView> own = bookings.live(cohortId, actor.id()).map(b -> BookingView.withTurn(b, bookings)).stream().toList();
            shown = Page.of(own, page, own.size());
        } else {
            var found = bookings.ofCohort(cohortId, trainees, page.pageable());
            shown = Page.of(found, b -> BookingView.withTurn(b, bookings));
        }
        long places = bookings.places(cohortId);
        long waiting = bookings.waiting(cohortId);
        Course course = catalogue.course(cohort.course()).orElseThrow();
        return CohortView.of(cohort, course, cohorts.days(cohortId), places, waiting, shown);
    }
}
