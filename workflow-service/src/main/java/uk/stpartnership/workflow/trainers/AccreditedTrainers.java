package uk.stpartnership.workflow.trainers;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** What training asks of trainers: whether someone may lead a Core cohort on a day, and that they delivered one. */
@Singleton
public class AccreditedTrainers {

    private final TrainerAccreditationRepository accreditations;
    private final Period valid;
    private final Period deliveryEvery;

    AccreditedTrainers(TrainerAccreditationRepository accreditations,
                       @Value("${training.accreditation.valid-months}") int validMonths,
                       @Value("${training.accreditation.delivery-every-months}") int deliveryEveryMonths) {
        this.accreditations = accreditations;
        this.valid = Period.ofMonths(validMonths);
        this.deliveryEvery = Period.ofMonths(deliveryEveryMonths);
    }

    public boolean accreditedOn(String trainerId, LocalDate day) {
        return accreditations.findById(trainerId).map(a -> a.accreditedOn(day, valid, deliveryEvery)).orElse(false);
    }

    /** Called when a cohort's last day has been held; a second call for the same cohort changes nothing. */
    @Transactional
    public void cohortDelivered(String trainerId, UUID cohortId, LocalDate lastDay) {
        if (accreditations.addDelivery(trainerId, cohortId, lastDay) > 0) {
            accreditations.delivered(trainerId, lastDay);
        }
    }
}
