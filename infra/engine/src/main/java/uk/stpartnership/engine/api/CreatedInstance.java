package uk.stpartnership.engine.api;

import java.util.Map;

/** An instance the engine started; {@code variables} only when the caller waited for its result. */
public record CreatedInstance(long processInstanceKey, long processDefinitionKey, String bpmnProcessId, int version,
                              Map<String, Object> variables) {
}
