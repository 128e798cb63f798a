package uk.stpartnership.jobworker;

import java.util.Map;

/**
 * A business outcome that the process model catches with an error boundary event of the same code; its variables
 * (what the outcome was about) go to the process with it.
 */
public class BpmnError extends RuntimeException {

    private final String errorCode;
    private final Map<String, Object> variables;

    public BpmnError(String errorCode, String message) {
        this(errorCode, message, Map.of());
    }

    public BpmnError(String errorCode, String message, Map<String, Object> variables) {
        super(message);
        this.errorCode = errorCode;
        this.variables = Map.copyOf(variables);
    }

    public String errorCode() {
        return errorCode;
    }

    public Map<String, Object> variables() {
        return variables;
    }
}
