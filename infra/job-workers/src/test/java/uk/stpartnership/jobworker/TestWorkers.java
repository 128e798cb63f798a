package uk.stpartnership.jobworker;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Handlers of the test models' jobs, one kind of outcome each; they note every job they are handed. */
@Singleton
class TestWorkers {

    static final String COMPLETES = "test-completes";
    static final String BUSINESS_OUTCOME = "test-business-outcome";
    static final String FAILS = "test-fails";
    static final String THROWS_ERROR = "test-throws-error";
    static final String UNRECOVERABLE = "test-unrecoverable";

    private static final Logger LOG = LoggerFactory.getLogger(TestWorkers.class);

    private final Map<Long, List<ActivatedJob>> handed = new ConcurrentHashMap<>();

    /** The jobs handed to a handler for one process instance, in order. */
    List<ActivatedJob> jobsOf(long processInstanceKey) {
        return List.copyOf(handed.getOrDefault(processInstanceKey, List.of()));
    }

    private void note(ActivatedJob job) {
        handed.computeIfAbsent(job.getProcessInstanceKey(), ignored -> new CopyOnWriteArrayList<>()).add(job);
    }

    @JobWorker(type = COMPLETES, fetchVariables = "input")
    Map<String, Object> completes(ActivatedJob job) {
        note(job);
        LOG.info("Completing with the input doubled");
        LOG.warn("A second line from the handler");
        return Map.of("output", ((Number) job.getVariablesAsMap().get("input")).intValue() * 2);
    }

    @JobWorker(type = BUSINESS_OUTCOME, fetchVariables = "input")
    void businessOutcome(ActivatedJob job) {
        note(job);
        throw new BpmnError("NOT_FOUND", "No such record", Map.of("missing", "record-1"));
    }

    /** Fails every time: the message names the instance, so that its incident can be told from others'. */
    @JobWorker(type = FAILS, fetchVariables = "input")
    void fails(ActivatedJob job) {
        note(job);
        throw new IllegalStateException("Relay down for instance " + job.getProcessInstanceKey());
    }

    /** Throws the Error its variable names on the first attempt, and completes on the next. */
    @JobWorker(type = THROWS_ERROR, fetchVariables = "error")
    Map<String, Object> throwsError(ActivatedJob job) {
        note(job);
        if (jobsOf(job.getProcessInstanceKey()).size() == 1) {
            throw switch ((String) job.getVariablesAsMap().get("error")) {
                case "StackOverflowError" -> new StackOverflowError("deep for instance " + job.getProcessInstanceKey());
                case "AssertionError" -> new AssertionError("broken for instance " + job.getProcessInstanceKey());
                case "NoClassDefFoundError" -> new NoClassDefFoundError("missing for instance " + job.getProcessInstanceKey());
                default -> throw new IllegalArgumentException("No such error in the test");
            };
        }
        return Map.of("recovered", true);
    }

    @JobWorker(type = UNRECOVERABLE, fetchVariables = "input")
    void unrecoverable(ActivatedJob job) {
        note(job);
        throw new UnrecoverableJobFailure("The model names no template for instance " + job.getProcessInstanceKey());
    }
}
