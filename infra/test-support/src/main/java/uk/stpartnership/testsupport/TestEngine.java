package uk.stpartnership.testsupport;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A process engine for tests, reached through the Camunda client over gRPC on a free port, with a clock that moves only
 * when told: the platform's own engine ({@link #start()}, what the services run on) or Zeebe's in-memory engine as the
 * reference that process tests also run on ({@link Kind}).
 */
public abstract class TestEngine implements AutoCloseable {

    /** The engines a process test runs on. */
    public enum Kind {
        PLATFORM, REFERENCE;

        public TestEngine start() {
            return this == PLATFORM ? PlatformEngine.launch(0) : ReferenceEngine.launch();
        }
    }

    private final String grpcAddress;
    private final CamundaClient client;

    protected TestEngine(String grpcAddress) {
        this.grpcAddress = grpcAddress;
        this.client = CamundaClient.newClientBuilder().grpcAddress(URI.create(grpcAddress)).preferRestOverGrpc(false).build();
    }

    /** The platform's engine, on its own fresh database. */
    public static TestEngine start() {
        return Kind.PLATFORM.start();
    }

    /** The platform's engine with its gateway on a given port: where a service started before it was pointed. */
    public static TestEngine startAt(int grpcPort) {
        return PlatformEngine.launch(grpcPort);
    }

    public CamundaClient client() {
        return client;
    }

    /** The address a service's zeebe.grpc-address should point at. */
    public String grpcAddress() {
        return grpcAddress;
    }

    public void deploy(String... classpathResources) {
        var command = client.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
        for (int i = 1; i < classpathResources.length; i++) {
            command = command.addResourceFromClasspath(classpathResources[i]);
        }
        command.send().join();
    }

    /** Moves the engine's clock and waits until the timers that fell due have been handled. */
    public abstract void increaseTime(Duration duration);

    /**
     * Moves the engine's clock without waiting for it to go idle: with a service's job workers polling, it never does. The
     * caller then waits for what it expects to happen.
     */
    public abstract void moveClock(Duration duration);

    public abstract void waitForIdle();

    /** Activates the jobs of one type that are waiting now (none if there are none). */
    public List<ActivatedJob> activateJobs(String jobType) {
        waitForIdle();
        return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(100)
                .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
    }

    /** The ids of the elements of one instance that have completed, in order (e.g. end events reached). */
    public abstract List<String> completedElements(long processInstanceKey);

    /** Whether the instance as a whole has completed. */
    public abstract boolean hasCompleted(long processInstanceKey);

    /** The element ids of one instance that are active now (entered and neither completed nor terminated). */
    public abstract List<String> activeElements(long processInstanceKey);

    /** The keys of the instances of a process that the engine has started so far, in order. */
    public abstract List<Long> startedInstances(String bpmnProcessId);

    /**
     * Starts a process as workflow-service's outbox does: the message of its message start event, with the record's id
     * as correlation key and message id. Answers the instance it started.
     */
    public long startByMessage(String bpmnProcessId, String messageName, String recordId, Map<String, Object> variables) {
        int before = startedInstances(bpmnProcessId).size();
        client.newPublishMessageCommand().messageName(messageName).correlationKey(recordId).messageId(recordId)
                .timeToLive(Duration.ofHours(1)).variables(variables).send().join();
        waitForIdle();
        List<Long> started = startedInstances(bpmnProcessId);
        if (started.size() != before + 1) {
            throw new IllegalStateException("The message " + messageName + " started " + (started.size() - before) + " instances of " + bpmnProcessId);
        }
        return started.get(started.size() - 1);
    }

    /**
     * The instances of a process started with a variable of that text value (the id of the record they are for), read
     * as the records stand, without waiting for the engine to go idle.
     */
    public abstract List<Long> instancesWith(String bpmnProcessId, String variable, String value);

    /** The types of the jobs of one instance that a worker has failed so far (to be retried), one entry per failure. */
    public abstract List<String> failedJobTypes(long processInstanceKey);

    /**
     * Everything about variables, jobs, messages and incidents the engine recorded, as JSON (names, values, job variables,
     * headers, error messages): what an exporter or an operator tool could read. Read as they stand, without waiting for
     * the engine to go idle (with a service's workers polling, it never does).
     */
    public abstract List<String> variableAndJobRecords();

    @Override
    public void close() {
        client.close();
    }
}
