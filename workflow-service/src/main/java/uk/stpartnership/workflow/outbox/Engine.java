package uk.stpartnership.workflow.outbox;

import java.time.Duration;
import java.util.Map;

/** The two commands the outbox sends. */
public interface Engine {

    /** Starts the latest version of the process; answers its instance key. */
    long startProcess(String bpmnProcessId, Map<String, Object> variables);

    /** Publishes a message; false when the engine already holds a message with this id. */
    boolean publishMessage(String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables);
}
