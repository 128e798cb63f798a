package uk.stpartnership.workflow.tasks;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Service tasks of type task-holders: who holds the user task the headers name ({@link NamedTasks}: {@code task}, and a
 * stage's other tasks in {@code stageTasks}), as send-email recipients in {@code taskHolders}: the person who claimed it,
 * or else the person or the role in the borough it is offered to.
 * None when the task is no longer open, so a reminder for a finished task reaches nobody.
 */
@Singleton
public class TaskHoldersWorker {

    private static final Logger LOG = LoggerFactory.getLogger(TaskHoldersWorker.class);

    private final TaskRepository tasks;

    public TaskHoldersWorker(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @JobWorker(type = "task-holders", fetchVariables = "businessReference")
    public Map<String, Object> holders(ActivatedJob job) {
        NamedTasks named = NamedTasks.of(job.getCustomHeaders());
        if (named.none()) {
            throw new UnrecoverableJobFailure("The task-holders task names no user task in its 'task' header");
        }
        List<Map<String, String>> holders = named.open(tasks, job.getProcessInstanceKey()).stream()
                .map(open -> open.assignee() != null ? Map.of("person", open.assignee())
                        : open.offeredToPerson() != null ? Map.of("person", open.offeredToPerson())
                        : Map.of("role", open.candidateRole(), "organisation", open.borough()))
                .distinct()
                .toList();
        LOG.info("{} holder(s) of {} in process instance {}", holders.size(), named, job.getProcessInstanceKey());
        // The task's own due date, for the reminder: a later deadline elsewhere in the process does not move it.
        Map<String, Object> result = new HashMap<>(Map.of("taskHolders", holders));
        named.latest(tasks, job.getProcessInstanceKey()).map(InboxTask::dueAt)
                .ifPresent(dueAt -> result.put("taskDueAt", dueAt.toString()));
        return result;
    }
}
