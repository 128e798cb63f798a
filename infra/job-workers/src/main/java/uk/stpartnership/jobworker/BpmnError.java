package uk.stpartnership.jobworker;

/** A business outcome that the process model catches with an error boundary event of the same code. */
public class BpmnError extends RuntimeException {

    private final String errorCode;

    public BpmnError(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
