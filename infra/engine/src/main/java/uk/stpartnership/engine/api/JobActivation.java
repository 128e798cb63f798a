package uk.stpartnership.engine.api;

import java.time.Duration;
import java.util.List;

/**
 * A worker asking for jobs of one type.
 *
 * @param fetchVariables the variables to hand over; empty means all that are visible from the job's element
 */
public record JobActivation(String type, String worker, Duration timeout, int maxJobs, List<String> fetchVariables) {

    public JobActivation {
        fetchVariables = fetchVariables == null ? List.of() : List.copyOf(fetchVariables);
    }
}
