package uk.stpartnership.workflow.jobs;

import io.camunda.client.api.response.ActivatedJob;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.util.UUID;

/** Reading a job's variables where a missing or malformed one is a fault in the model that retrying cannot mend. */
public final class JobVariables {

    private JobVariables() {
    }

    public static UUID id(ActivatedJob job, String variable) {
        Object value = job.getVariablesAsMap().get(variable);
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new UnrecoverableJobFailure("Variable " + variable + " is not an id: " + value, e);
        }
    }

    public static String text(ActivatedJob job, String variable) {
        if (!(job.getVariablesAsMap().get(variable) instanceof String value)) {
            throw new UnrecoverableJobFailure("Variable " + variable + " is missing or not text");
        }
        return value;
    }
}
