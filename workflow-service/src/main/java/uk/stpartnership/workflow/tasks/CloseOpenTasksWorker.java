package uk.stpartnership.workflow.tasks;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;

import java.time.Clock;
import java.time.Instant;

/**
 * Service tasks of type close-open-tasks: the process took its user tasks away (a meeting moved, an action's due
 * date changed), so the OPEN inbox entries of the job's process instance are closed. Doing it again closes nothing more.
 */
@Singleton
public class CloseOpenTasksWorker {

    private static final Logger LOG = LoggerFactory.getLogger(CloseOpenTasksWorker.class);

    private final TaskRepository tasks;
    private final Clock clock;

    public CloseOpenTasksWorker(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @JobWorker(type = "close-open-tasks", fetchVariables = "businessReference")
    public void closeOpenTasks(ActivatedJob job) {
        int closed = tasks.closeOpenOf(job.getProcessInstanceKey(), Instant.now(clock));
        LOG.info("{} open tasks of process instance {} ({}) closed", closed, job.getProcessInstanceKey(), job.getBpmnProcessId());
    }
}
