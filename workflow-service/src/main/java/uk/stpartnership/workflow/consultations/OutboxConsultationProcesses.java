package uk.stpartnership.workflow.consultations;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.util.Map;
import java.util.UUID;

@Singleton
class OutboxConsultationProcesses implements ConsultationProcesses {

    static final String PROCESS_ID = "case-consultation";
    private static final String START_MESSAGE = "consultation-requested";

    private final EngineOutbox outbox;

    OutboxConsultationProcesses(EngineOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void start(UUID consultationId, Map<String, Object> variables) {
        outbox.startProcess(PROCESS_ID, START_MESSAGE, consultationId, variables);
    }
}
