package uk.stpartnership.workflow.trainers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.UUID;

/** What training asks of trainers: whether someone may lead a Core cohort on a day, and that they delivered one. */
@Singleton
public class AccreditedTrainers {

    private static final Logger LOG = LoggerFactory.getLogger(AccreditedTrainers.class);

    private final TrainerAccreditationRepository accreditations;
    private final AccreditationRules rules;
    private final AccreditationProcesses processes;

    AccreditedTrainers(TrainerAccreditationRepository accreditations, AccreditationRules rules, AccreditationProcesses processes) {
        this.accreditations = accreditations;
        this.rules = rules;
        this.processes = processes;
    }

    /** In force on the day: from its date, and until (not on) the day it lapses either way; a recorded lapse ends it too. */
    public boolean accreditedOn(String trainerId, LocalDate day) {
        return accreditations.findById(trainerId).map(a -> rules.inForce(a, day)).orElse(false);
    }

    /**
     * Called when a cohort's last day has been held; a second call for the same cohort changes nothing. It moves the
     * no-delivery date only while the accreditation is in force, then and today: once lapsed, only a renewal restores it.
     */
    @Transactional
    public void cohortDelivered(String trainerId, UUID cohortId, LocalDate lastDay) {
        if (accreditations.addDelivery(trainerId, cohortId, lastDay) == 0) {
            return;
        }
        accreditations.findForUpdate(trainerId)
                .filter(a -> rules.inForce(a, lastDay) && rules.inForce(a, rules.today()))
                .filter(a -> a.lastDeliveredOn() == null || a.lastDeliveredOn().isBefore(lastDay))
                .ifPresent(a -> {
                    accreditations.delivered(trainerId, lastDay);
                    TrainerAccreditation moved = accreditations.findById(trainerId).orElseThrow();
                    processes.cohortDelivered(moved, cohortId);
                    LOG.info("Trainer {} delivered cohort {} (last day {}): no-delivery lapse now {}", trainerId, cohortId, lastDay,
                            rules.lapsesUndeliveredOn(moved));
                });
    }
}
