package uk.stpartnership.engine;

import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.CreateInstance;
import uk.stpartnership.engine.api.CreatedInstance;
import uk.stpartnership.engine.api.Deployment;
import uk.stpartnership.engine.api.JobActivation;
import uk.stpartnership.engine.api.Message;
import uk.stpartnership.engine.api.Operations;
import uk.stpartnership.engine.api.Resource;
import uk.stpartnership.engine.runtime.Commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's process engine: Zeebe's commands, each run in one PostgreSQL transaction that carries the instance as far
 * as it can go and commits before it answers. Refusals are {@link uk.stpartnership.engine.api.EngineRejection}s.
 */
public final class Engine implements AutoCloseable {

    private final EngineClock clock;
    private final Commands commands;

    private Engine(EngineSettings settings) {
        this.clock = settings.clock();
        this.commands = Commands.start(settings.dataSource(), settings.schema(), clock);
        clock.onMove(commands::clockMoved);
    }

    /** Migrates the engine's schema, then starts its timer and job-deadline sweeps. */
    public static Engine start(EngineSettings settings) {
        return new Engine(settings);
    }

    public EngineClock clock() {
        return clock;
    }

    public Deployment deploy(List<Resource> resources) {
        return commands.deploy(resources);
    }

    public CreatedInstance createInstance(CreateInstance command) {
        return commands.createInstance(command);
    }

    /** Completes with the root scope's variables (all, or those named) when the instance completes. */
    public CompletableFuture<CreatedInstance> createInstanceWithResult(CreateInstance command, List<String> fetchVariables) {
        return commands.createInstanceWithResult(command, fetchVariables);
    }

    /** Locks up to {@code maxJobs} activatable jobs of the type to the worker; an empty list when there are none now. */
    public List<ActivatedJob> activateJobs(JobActivation request) {
        return commands.activateJobs(request);
    }

    /**
     * Tells the listener (once) when a job of the type may have become activatable, for long polling; returns a handle
     * that removes the listener.
     */
    public Runnable whenJobsAvailable(String type, Runnable listener) {
        return commands.whenJobsAvailable(type, listener);
    }

    public void completeJob(long jobKey, Map<String, Object> variables) {
        commands.completeJob(jobKey, variables);
    }

    public void failJob(long jobKey, int retries, String errorMessage, Duration retryBackoff, Map<String, Object> variables) {
        commands.failJob(jobKey, retries, errorMessage, retryBackoff, variables);
    }

    public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
        commands.throwError(jobKey, errorCode, errorMessage, variables);
    }

    public void updateJobRetries(long jobKey, int retries) {
        commands.updateJobRetries(jobKey, retries);
    }

    public void updateJobTimeout(long jobKey, Duration timeout) {
        commands.updateJobTimeout(jobKey, timeout);
    }

    /** @return the message's key */
    public long publishMessage(Message message) {
        return commands.publishMessage(message);
    }

    /** @return the key of the variable document */
    public long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) {
        return commands.setVariables(elementInstanceKey, variables, local);
    }

    public void cancelInstance(long processInstanceKey) {
        commands.cancelInstance(processInstanceKey);
    }

    public void resolveIncident(long incidentKey) {
        commands.resolveIncident(incidentKey);
    }

    public Operations operations() {
        return commands.operations();
    }

    /** Runs the timers that have fallen due and returns once none is due (tests: after moving the clock). */
    public void runDueTimers() {
        commands.runDueTimers();
    }

    @Override
    public void close() {
        commands.close();
    }
}
