package uk.stpartnership.workflow.consultations;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.outbox.EngineOutbox;
import uk.stpartnership.workflow.outbox.ProcessStarted;

import java.util.Map;
import java.util.UUID;

@Singleton
class OutboxConsultationProcesses implements ConsultationProcesses {

    static final String PROCESS_ID = "case-consultation";

    private final EngineOutbox outbox;
    private final ConsultationRepository consultations;

    OutboxConsultationProcesses(EngineOutbox outbox, ConsultationRepository consultations) {
        this.outbox = outbox;
        this.consultations = consultations;
    }

    @Override
    public void start(UUID consultationId, Map<String, Object> variables) {
        outbox.startProcess(PROCESS_ID, consultationId, variables);
    }

    @EventListener
    void onStarted(ProcessStarted started) {
        if (PROCESS_ID.equals(started.bpmnProcessId())) {
            consultations.linkProcessInstance(started.recordId(), started.processInstanceKey());
        }
    }
}
