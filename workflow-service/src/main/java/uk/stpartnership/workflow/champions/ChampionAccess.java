package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.access.Role;

/**
 * Who sees which borough's champions, nominations and teams: the borough's implementation leads, borough leads and
 * champions their own; project managers and the delivery partner's people every borough. Evaluators never see a
 * person's record, and nobody else does either: to them it does not exist (404).
 */
@Singleton
class ChampionAccess {

    private final DeliveryPartner deliveryPartner;

    ChampionAccess(DeliveryPartner deliveryPartner) {
        this.deliveryPartner = deliveryPartner;
    }

    /** The borough the person's lists are limited to, null for every borough; 404 for someone who sees none. */
    @Nullable
    String boroughOf(Actor actor) {
        if (actor.holds(Role.EVALUATOR)) {
            throw ProblemException.notFound("Resource");
        }
        if (actor.holds(Role.PROJECT_MANAGER) || deliveryPartner.employs(actor)) {
            return null;
        }
        if (actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD, Role.CHAMPION)) {
            return actor.organisation();
        }
        throw ProblemException.notFound("Resource");
    }

    boolean sees(Actor actor, String borough) {
        try {
            String limit = boroughOf(actor);
            return limit == null || limit.equals(borough);
        } catch (ProblemException hidden) {
            return false;
        }
    }

    /** Changes (teams, nominations, a champion's end) are the borough's implementation lead's; 404 to who may not see it. */
    void checkLeadOf(Actor actor, String borough, String what) {
        if (!sees(actor, borough)) {
            throw ProblemException.notFound(what);
        }
        if (!actor.holds(Role.IMPLEMENTATION_LEAD) || !borough.equals(actor.organisation())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's implementation leads do this");
        }
    }
}
