package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * audit-follow-up.bpmn, reached through the outbox after commit: started when a baseline promises its follow-up, told
 * when the follow-up starts or is cancelled. Only ids and dates go: the round's reference and cohort stay here.
 */
@Singleton
class AuditFollowUpProcess {

    static final String PROCESS = "audit-follow-up";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /**
     * How long the engine keeps a started or cancelled message for a wait that has not begun yet (a follow-up planned
     * the moment its baseline is, both sent at once): the wait begins as soon as the baseline's start is through.
     */
    private static final Duration KEPT_FOR = Duration.ofDays(7);

    private final EngineOutbox outbox;
    private final DeliveryPartner deliveryPartner;
    private final LocalTime dueTime;

    AuditFollowUpProcess(EngineOutbox outbox, DeliveryPartner deliveryPartner, @Value("${audits.follow-up.due-time}") String dueTime) {
        this.outbox = outbox;
        this.deliveryPartner = deliveryPartner;
        this.dueTime = LocalTime.parse(dueTime);
    }

    /** The time of day, Europe/London, a follow-up falls due and the steering group is looked at again. */
    LocalTime dueTime() {
        return dueTime;
    }

    void promised(AuditRound baseline) {
        outbox.startProcess(PROCESS, "audit-follow-up-promised", baseline.id(), Map.of(
                "roundId", baseline.id().toString(),
                "borough", baseline.borough(),
                "deliveryPartner", deliveryPartner.organisation(),
                "followUpDueOn", baseline.followUpDueOn().toString(),
                "followUpDueAt", baseline.followUpDueOn().atTime(dueTime).atZone(LONDON).toInstant().toString(),
                "businessReference", baseline.id().toString()));
    }

    void started(UUID baselineId) {
        publish("audit-follow-up-started", baselineId);
    }

    void cancelled(UUID baselineId) {
        publish("audit-follow-up-cancelled", baselineId);
    }

    /** Once per baseline: a follow-up starts or is cancelled once, so the message id is the event and the round. */
    private void publish(String message, UUID baselineId) {
        outbox.publishMessage(message, baselineId.toString(), message + "/" + baselineId, KEPT_FOR, Map.of());
    }
}
