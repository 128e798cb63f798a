package uk.stpartnership.workflow.trainers;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.access.Role;

/**
 * Who may do what with trainers. Project managers and the delivery partner's implementation leads record and renew
 * accreditations; they, the delivery partner's people and the boroughs' implementation leads (who choose trainers for
 * cohorts) read every trainer; a trainer reads their own; evaluators are told none exists.
 */
@Singleton
class TrainerAccess {

    private final DeliveryPartner deliveryPartner;

    TrainerAccess(DeliveryPartner deliveryPartner) {
        this.deliveryPartner = deliveryPartner;
    }

    boolean readsEveryTrainer(Actor actor) {
        return actor.holdsAny(Role.PROJECT_MANAGER, Role.IMPLEMENTATION_LEAD)
                || deliveryPartner.employs(actor) && !actor.holds(Role.EVALUATOR);
    }

    boolean records(Actor actor) {
        return actor.holds(Role.PROJECT_MANAGER) || deliveryPartner.employs(actor) && actor.holds(Role.IMPLEMENTATION_LEAD);
    }

    /** Evaluators see aggregates only: no trainer, not even the list, exists for them. */
    void refuseEvaluators(Actor actor) {
        if (actor.holds(Role.EVALUATOR) && !readsEveryTrainer(actor)) {
            throw ProblemException.notFound("Trainer");
        }
    }

    boolean sees(Actor actor, TrainerAccreditation accreditation) {
        return readsEveryTrainer(actor) || accreditation.trainerId().equals(actor.id());
    }

    void checkRecords(Actor actor) {
        if (!records(actor)) {
            throw new ProblemException(HttpStatus.FORBIDDEN,
                    "Only project managers and the delivery partner's implementation leads record and renew accreditations");
        }
    }
}
