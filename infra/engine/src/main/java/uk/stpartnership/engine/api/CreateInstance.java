package uk.stpartnership.engine.api;

import java.util.Map;

/**
 * Start an instance of a process: by definition key, or by id and version (-1 for the latest).
 *
 * @param processDefinitionKey 0 when the process is named by id
 */
public record CreateInstance(String bpmnProcessId, int version, long processDefinitionKey, Map<String, Object> variables) {

    public static final int LATEST = -1;

    public CreateInstance {
        variables = variables == null ? Map.of() : variables;
    }
}
