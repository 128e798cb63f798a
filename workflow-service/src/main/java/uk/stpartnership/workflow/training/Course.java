package uk.stpartnership.workflow.training;

import io.micronaut.serde.annotation.Serdeable;

/** A course of the catalogue (training.courses): classroom courses run as cohorts, e-learning ones are recorded done. */
@Serdeable
public record Course(String code, String name, int days, Delivery delivery) {

    public enum Delivery { CLASSROOM, E_LEARNING }

    public boolean classroom() {
        return delivery == Delivery.CLASSROOM;
    }
}
