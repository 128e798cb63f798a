package uk.stpartnership.workflow.consultations;

import java.util.Map;
import java.util.UUID;

/** The port that starts a consultation's process. */
public interface ConsultationProcesses {

    /** Starts the case-consultation process for the request once the caller's transaction has committed. */
    void start(UUID consultationId, Map<String, Object> variables);
}
