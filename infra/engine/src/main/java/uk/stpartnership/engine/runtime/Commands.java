package uk.stpartnership.engine.runtime;

import uk.stpartnership.engine.EngineClock;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.CreateInstance;
import uk.stpartnership.engine.api.CreatedInstance;
import uk.stpartnership.engine.api.Deployment;
import uk.stpartnership.engine.api.JobActivation;
import uk.stpartnership.engine.api.Message;
import uk.stpartnership.engine.api.Operations;
import uk.stpartnership.engine.api.Resource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The engine's commands, each in one transaction. (Being written: the bodies land on this branch next.) */
public final class Commands implements AutoCloseable {

    public static Commands start(DataSource dataSource, String schema, EngineClock clock) {
        throw new UnsupportedOperationException("engine core in progress");
    }

    public void clockMoved() { throw new UnsupportedOperationException(); }
    public Deployment deploy(List<Resource> resources) { throw new UnsupportedOperationException(); }
    public CreatedInstance createInstance(CreateInstance command) { throw new UnsupportedOperationException(); }
    public CompletableFuture<CreatedInstance> createInstanceWithResult(CreateInstance command, List<String> fetchVariables) { throw new UnsupportedOperationException(); }
    public List<ActivatedJob> activateJobs(JobActivation request) { throw new UnsupportedOperationException(); }
    public Runnable whenJobsAvailable(String type, Runnable listener) { throw new UnsupportedOperationException(); }
    public void completeJob(long jobKey, Map<String, Object> variables) { throw new UnsupportedOperationException(); }
    public void failJob(long jobKey, int retries, String errorMessage, Duration retryBackoff, Map<String, Object> variables) { throw new UnsupportedOperationException(); }
    public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) { throw new UnsupportedOperationException(); }
    public void updateJobRetries(long jobKey, int retries) { throw new UnsupportedOperationException(); }
    public void updateJobTimeout(long jobKey, Duration timeout) { throw new UnsupportedOperationException(); }
    public long publishMessage(Message message) { throw new UnsupportedOperationException(); }
    public long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) { throw new UnsupportedOperationException(); }
    public void cancelInstance(long processInstanceKey) { throw new UnsupportedOperationException(); }
    public void resolveIncident(long incidentKey) { throw new UnsupportedOperationException(); }
    public Operations operations() { throw new UnsupportedOperationException(); }
    public void runDueTimers() { throw new UnsupportedOperationException(); }
    @Override public void close() { }
}
