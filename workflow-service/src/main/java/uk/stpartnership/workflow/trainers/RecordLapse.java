package uk.stpartnership.workflow.trainers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.util.UUID;

/**
 * The process's lapse kept: the date that passed first, and why. Done once however often the job comes; nothing when
 * the accreditation was renewed meanwhile (in force again, or in a new period).
 */
@Singleton
public class RecordLapse {

    private static final Logger LOG = LoggerFactory.getLogger(RecordLapse.class);

    private final TrainerAccreditationRepository accreditations;
    private final AccreditationRules rules;

    RecordLapse(TrainerAccreditationRepository accreditations, AccreditationRules rules) {
        this.accreditations = accreditations;
        this.rules = rules;
    }

    @Transactional
    public void record(UUID accreditationId, UUID periodId, long processInstanceKey) {
        String trainerId = accreditations.findByAccreditationId(accreditationId).map(TrainerAccreditation::trainerId)
                .orElseThrow(() -> new UnrecoverableJobFailure("No accreditation " + accreditationId));
        TrainerAccreditation accreditation = accreditations.findForUpdate(trainerId).orElseThrow();
        if (!accreditation.periodId().equals(periodId) || accreditation.lapsedOn() != null || rules.inForce(accreditation, rules.today())) {
            LOG.info("Accreditation {} (process {}): no lapse to record (period {}, lapsed on {})", accreditationId, processInstanceKey,
                    accreditation.periodId(), accreditation.lapsedOn());
            return;
        }
        TrainerAccreditation.Lapse because = rules.lapseOf(accreditation);
        accreditations.lapse(trainerId, periodId, rules.runsOutOn(accreditation), because);
        LOG.info("Accreditation {} of trainer {} lapsed on {}: {} (process {}, task record-lapse)", accreditationId, trainerId,
                rules.runsOutOn(accreditation), because, processInstanceKey);
    }
}
