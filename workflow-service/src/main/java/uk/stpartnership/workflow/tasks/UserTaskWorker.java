package uk.stpartnership.workflow.tasks;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.JobWorker;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;
import uk.stpartnership.jobworker.VariablesToFetch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts every BPMN user task into the inbox. The job stays open until a person completes the task
 * (CompleteTask); if Zeebe hands the same job over again, the job key makes the second recording a no-op.
 * It fetches only the borough, the reference and the variables the forms show.
 */
@Singleton
public class UserTaskWorker implements VariablesToFetch {

    private static final Logger LOG = LoggerFactory.getLogger(UserTaskWorker.class);
    private static final String HEADER = "io.camunda.zeebe:";

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final Clock clock;

    public UserTaskWorker(TaskRepository tasks, TaskForms forms, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public List<String> variablesToFetch(String jobType) {
        List<String> names = new ArrayList<>(List.of("borough", "businessReference"));
        forms.contextVariables().stream().filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }

    /** In a transaction: the task is recorded under its offer's lock (TaskRepository). */
    @Transactional
    @JobWorker(type = "io.camunda.zeebe:userTask", autoComplete = false, timeout = "${inbox.user-task-lock}")
    public void record(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        String kind = headers.get(HEADER + "formKey");
        TaskForm form = forms.of(kind == null ? "" : kind)
                .orElseThrow(() -> new UnrecoverableJobFailure("User task " + job.getElementId() + " names no known form: " + kind));
        Map<String, Object> variables = job.getVariablesAsMap();
        Object borough = variables.get("borough");
        if (!(borough instanceof String boroughId)) {
            throw new UnrecoverableJobFailure("User task " + job.getElementId() + " has no borough variable");
        }
        Map<String, Object> context = new LinkedHashMap<>();
        form.contextVariables().forEach(name -> context.put(name, variables.get(name)));
        InboxTask task = new InboxTask(job.getKey(), job.getProcessInstanceKey(), job.getBpmnProcessId(), job.getElementId(),
                kind, form.title(), (String) variables.get("businessReference"), boroughId,
                firstCandidateRole(headers.get(HEADER + "candidateGroups")), headers.get(HEADER + "assignee"),
                dueAt(headers.get(HEADER + "dueDate")), Instant.now(clock), InboxTask.Status.OPEN, null, null, context, null);
        if (tasks.insertIfAbsent(task)) {
            LOG.info("Task in the inbox: {} for {} in {}", form.title(), task.candidateRole(), boroughId);
        } else {
            LOG.info("Task already in the inbox (job handed over again)");
        }
    }

    /** The header holds a JSON array such as ["IMPLEMENTATION_LEAD"]; a task is offered to one role. */
    private static String firstCandidateRole(String candidateGroups) {
        if (candidateGroups == null) {
            return null;
        }
        String trimmed = candidateGroups.replaceAll("[\\[\\]\"\\s]", "");
        return trimmed.isEmpty() ? null : trimmed.split(",")[0];
    }

    private static Instant dueAt(String dueDate) {
        return dueDate == null || dueDate.isBlank() ? null : ZonedDateTime.parse(dueDate).toInstant();
    }
}
