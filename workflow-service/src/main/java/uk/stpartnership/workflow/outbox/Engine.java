package uk.stpartnership.workflow.outbox;

import java.time.Duration;
import java.util.Map;

/** What the outbox sends: messages, the ones that start a process among them (to its message start event). */
public interface Engine {

    /** Publishes a message; false when the engine already holds a message with this id (ALREADY_EXISTS). */
    boolean publishMessage(String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables);
}
