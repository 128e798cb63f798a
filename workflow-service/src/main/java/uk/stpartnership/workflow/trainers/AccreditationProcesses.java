package uk.stpartnership.workflow.trainers;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The trainer-accreditation process of each accreditation period, reached through the outbox after commit. Its
 * messages have no time to live: only a process waiting in force takes them, and one that is not has lapsed (a
 * renewal then starts a new period) or is gone.
 */
@Singleton
class AccreditationProcesses {

    static final String PROCESS_ID = "trainer-accreditation";

    private final EngineOutbox outbox;
    private final AccreditationRules rules;
    private final DeliveryPartner deliveryPartner;

    AccreditationProcesses(EngineOutbox outbox, AccreditationRules rules, DeliveryPartner deliveryPartner) {
        this.outbox = outbox;
        this.rules = rules;
        this.deliveryPartner = deliveryPartner;
    }

    /** Starts the period's process, once however often it is asked. */
    void start(TrainerAccreditation accreditation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("accreditationId", accreditation.accreditationId().toString());
        variables.put("periodId", accreditation.periodId().toString());
        variables.put("trainerId", accreditation.trainerId());
        variables.put("deliveryPartner", deliveryPartner.organisation());
        variables.putAll(rules.times(accreditation));
        outbox.startProcess(PROCESS_ID, "accreditation-recorded", accreditation.periodId(), variables);
    }

    void renewed(TrainerAccreditation accreditation) {
        outbox.publishMessage("accreditation-renewed", accreditation.periodId().toString(), null, Duration.ZERO,
                rules.times(accreditation));
    }

    /** Once per cohort: its id is in the message's. */
    void cohortDelivered(TrainerAccreditation accreditation, UUID cohortId) {
        outbox.publishMessage("accreditation-cohort-delivered", accreditation.periodId().toString(),
                accreditation.periodId() + "-" + cohortId, Duration.ZERO, rules.deliveryTimes(accreditation));
    }
}
