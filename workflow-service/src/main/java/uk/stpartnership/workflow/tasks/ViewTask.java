package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task, for a person who may see it, with what the features add to its context from their own tables; the read
 * goes to the audit log.
 */
@Singleton
public class ViewTask {

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final AuditLog auditLog;
    private final List<TaskContext> contexts;
    private final Clock clock;

    public ViewTask(TaskRepository tasks, TaskForms forms, AuditLog auditLog, List<TaskContext> contexts, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.auditLog = auditLog;
        this.contexts = contexts;
        this.clock = clock;
    }

    public TaskWithForm view(Actor actor, long key) {
        InboxTask task = tasks.find(key).filter(t -> t.visibleTo(actor)).orElseThrow(() -> ProblemException.notFound("Task"));
        auditLog.record(actor, AuditLog.Action.READ, task.auditEntry());
        return TaskWithForm.of(withContext(task), forms, Instant.now(clock));
    }

    /** The task as it stands after a change the caller has already audited. */
    TaskWithForm afterChange(long key) {
        return TaskWithForm.of(withContext(tasks.find(key).orElseThrow()), forms, Instant.now(clock));
    }

    private InboxTask withContext(InboxTask task) {
        if (task.status() != InboxTask.Status.OPEN) {
            return task;
        }
        Map<String, Object> context = new LinkedHashMap<>(task.context());
        contexts.forEach(feature -> context.putAll(feature.of(task)));
        return task.withContext(context);
    }
}
