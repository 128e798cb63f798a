package uk.stpartnership.workflow.training;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.access.Role;

import java.util.Objects;

/**
 * Who sees and changes what in training: the delivery partner's leads and project managers everything; a borough's
 * implementation and borough leads their borough's cohorts and trainees (of a cross-borough cohort, their own
 * trainees); a trainer their cohort; a person their own bookings. Evaluators see no one's records.
 */
@Singleton
class TrainingAccess {

    private final DeliveryPartner deliveryPartner;

    TrainingAccess(DeliveryPartner deliveryPartner) {
        this.deliveryPartner = deliveryPartner;
    }

    boolean deliveryPartner(Actor actor) {
        return deliveryPartner.employs(actor) && actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD, Role.PROJECT_MANAGER);
    }

    private boolean leadOf(Actor actor, String borough) {
        return actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD) && actor.organisation().equals(borough);
    }

    /** The cohorts of the actor's borough and the cross-borough ones; every cohort for the delivery partner. */
    boolean seesCohort(Actor actor, Cohort cohort) {
        if (deliveryPartner(actor)) {
            return true;
        }
        // Evaluators see aggregates only: a cohort's page names its people.
        return !actor.holds(Role.EVALUATOR) && (cohort.borough() == null || cohort.borough().equals(actor.organisation())
                || actor.id().equals(cohort.trainerId()));
    }

    /** Whose bookings of the cohort the actor sees: null for every borough's, else one borough's; none (own only): "". */
    String traineesOf(Actor actor, Cohort cohort) {
        if (deliveryPartner(actor) || actor.id().equals(cohort.trainerId())) {
            return null;
        }
        return actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD) ? actor.organisation() : "";
    }

    boolean seesBooking(Actor actor, Booking booking, Cohort cohort) {
        return !actor.holds(Role.EVALUATOR) && (booking.personId().equals(actor.id()) || deliveryPartner(actor)
                || actor.id().equals(cohort.trainerId()) || leadOf(actor, booking.borough()));
    }

    /** Implementation leads set up their own borough's cohorts; the delivery partner any, cross-borough ones too. */
    boolean mayPlan(Actor actor, String borough) {
        return deliveryPartner(actor) || actor.holds(Role.IMPLEMENTATION_LEAD) && Objects.equals(borough, actor.organisation());
    }

    /** Booking for someone else, or recording what they completed: their borough's implementation lead or the delivery partner. */
    boolean mayActFor(Actor actor, String personBorough) {
        return deliveryPartner(actor) || actor.holds(Role.IMPLEMENTATION_LEAD) && actor.organisation().equals(personBorough);
    }

    boolean mayRecordAttendance(Actor actor, Cohort cohort) {
        return actor.id().equals(cohort.trainerId()) || deliveryPartner(actor)
                || actor.holds(Role.IMPLEMENTATION_LEAD) && actor.organisation().equals(cohort.borough());
    }

    /** A person's training record: themselves, their borough's leads, the delivery partner. */
    boolean seesRecordOf(Actor actor, String personId, String personBorough) {
        return !actor.holds(Role.EVALUATOR) && (actor.id().equals(personId) || deliveryPartner(actor) || leadOf(actor, personBorough));
    }
}
