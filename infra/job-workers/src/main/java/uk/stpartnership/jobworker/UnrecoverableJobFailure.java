package uk.stpartnership.jobworker;

/**
 * A technical failure that retrying cannot fix (a model or template that asks for a variable it does not
 * have): the job fails with no retries left, so an incident is raised at once for an operator.
 */
public class UnrecoverableJobFailure extends RuntimeException {

    public UnrecoverableJobFailure(String message) {
        super(message);
    }

    public UnrecoverableJobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
