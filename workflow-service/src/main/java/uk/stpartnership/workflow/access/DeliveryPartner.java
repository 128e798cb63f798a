package uk.stpartnership.workflow.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The partnership's delivery partner (Respect in London): it delivers the training and the champion scheme, so its
 * people see every borough's trainees, cohorts and champions.
 */
@Singleton
public class DeliveryPartner {

    private final String organisation;

    DeliveryPartner(@Value("${platform.delivery-partner}") String organisation) {
        this.organisation = organisation;
    }

    public String organisation() {
        return organisation;
    }

    public boolean employs(Actor actor) {
        return organisation.equals(actor.organisation());
    }
}
