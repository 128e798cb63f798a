package uk.stpartnership.workflow.trainers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A trainer as the list and their page show them: where the accreditation stands today, the day it lapses each way
 * (renewal due, a cohort due), the earlier of the two, and the cohorts delivered.
 */
@Serdeable
public record TrainerView(UUID id, String trainerId, LocalDate accreditedOn, @Nullable LocalDate lastDeliveredOn, long cohortsDelivered,
                          Status status, LocalDate lapsesOn, LocalDate lapsesUndeliveredOn, LocalDate runsOutOn,
                          @Nullable LocalDate lapsedOn, @Nullable TrainerAccreditation.Lapse lapsedBecause, String recordedBy,
                          Instant recordedAt) {

    /** Lapsing soon: within training.accreditation.warn-before of running out, when the warnings go. */
    public enum Status { ACCREDITED, LAPSING_SOON, LAPSED }

    static TrainerView of(TrainerAccreditation a, long cohortsDelivered, AccreditationRules rules) {
        return new TrainerView(a.accreditationId(), a.trainerId(), a.accreditedOn(), a.lastDeliveredOn(), cohortsDelivered, rules.status(a),
                rules.lapsesOn(a), rules.lapsesUndeliveredOn(a), rules.runsOutOn(a), a.lapsedOn(), a.lapsedBecause(), a.recordedBy(),
                a.recordedAt());
    }
}
