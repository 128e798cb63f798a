package uk.stpartnership.workflow.consultations;

import java.util.Map;

/** The port that starts a consultation's process. */
public interface ConsultationProcesses {

    /** Starts the case-consultation process; returns its instance key. */
    long start(Map<String, Object> variables);
}
