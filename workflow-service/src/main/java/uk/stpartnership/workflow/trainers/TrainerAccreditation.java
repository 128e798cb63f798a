package uk.stpartnership.workflow.trainers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A trainer's accreditation: given (or last renewed) on a date; lastDeliveredOn is the last day of their latest cohort.
 * accreditationId names the record in the API and its letters; periodId its current period's process (a renewal after a
 * lapse starts a new one). recordedBy and recordedAt: who recorded or last renewed it, and when.
 */
@Serdeable
@MappedEntity("trainer_accreditation")
public record TrainerAccreditation(@Id String trainerId, LocalDate accreditedOn, @Nullable LocalDate lastDeliveredOn,
                                   String recordedBy, Instant recordedAt, UUID accreditationId, UUID periodId,
                                   @Nullable LocalDate lapsedOn, @Nullable Lapse lapsedBecause) {

    /** Which of the two dates passed first. */
    public enum Lapse { NOT_RENEWED, NO_COHORT_DELIVERED }

    /** The day the accreditation lapses unless it is renewed first. */
    public LocalDate lapsesOn(Period valid) {
        return accreditedOn.plus(valid);
    }

    /**
     * The day it lapses for want of a cohort delivered: a year after the last one, or after the accreditation itself
     * when no cohort has been delivered since.
     */
    public LocalDate lapsesUndeliveredOn(Period deliveryEvery) {
        LocalDate since = lastDeliveredOn == null || lastDeliveredOn.isBefore(accreditedOn) ? accreditedOn : lastDeliveredOn;
        return since.plus(deliveryEvery);
    }

    public boolean accreditedOn(LocalDate day, Period valid, Period deliveryEvery) {
        return !day.isBefore(accreditedOn) && day.isBefore(lapsesOn(valid)) && day.isBefore(lapsesUndeliveredOn(deliveryEvery));
    }
}
