package uk.stpartnership.engine.api;

import java.time.Duration;
import java.util.Map;

/**
 * A message to correlate.
 *
 * @param timeToLive how long it waits for a subscription; zero correlates only to those open now
 * @param messageId  optional: a second message with the same id, name and key within the TTL is refused
 */
public record Message(String name, String correlationKey, Duration timeToLive, String messageId, Map<String, Object> variables) {

    public Message {
        correlationKey = correlationKey == null ? "" : correlationKey;
        timeToLive = timeToLive == null ? Duration.ZERO : timeToLive;
        messageId = messageId == null ? "" : messageId;
        variables = variables == null ? Map.of() : variables;
    }
}
