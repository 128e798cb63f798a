package uk.stpartnership.workflow.tasks;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;

/** Taking a task offered to one's role (claim) or handing it back (unclaim). */
@Singleton
public class ClaimTask {

    private final TaskRepository tasks;
    private final ViewTask viewTask;
    private final AuditLog auditLog;

    public ClaimTask(TaskRepository tasks, ViewTask viewTask, AuditLog auditLog) {
        this.tasks = tasks;
        this.viewTask = viewTask;
        this.auditLog = auditLog;
    }

    @Transactional
    public TaskWithForm claim(Actor actor, long key) {
        InboxTask task = openTask(actor, key);
        if (task.assignee() != null && !task.assignee().equals(actor.id())) {
            throw ProblemException.conflict("This task is already claimed by " + task.assignee());
        }
        if (!task.offeredTo(actor)) {
            throw ProblemException.notFound("Task");
        }
        tasks.updateAssignee(key, actor.id());
        auditLog.record(actor, AuditLog.Action.UPDATE, task.auditEntry());
        return viewTask.afterChange(key);
    }

    @Transactional
    public TaskWithForm unclaim(Actor actor, long key) {
        InboxTask task = openTask(actor, key);
        if (!actor.id().equals(task.assignee())) {
            throw ProblemException.conflict("Only the person who holds a task can hand it back");
        }
        tasks.updateAssignee(key, null);
        auditLog.record(actor, AuditLog.Action.UPDATE, task.auditEntry());
        return viewTask.afterChange(key);
    }

    private InboxTask openTask(Actor actor, long key) {
        InboxTask task = tasks.findForUpdate(key).filter(t -> t.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound("Task"));
        if (task.status() != InboxTask.Status.OPEN) {
            throw ProblemException.conflict("This task is " + task.status().name().toLowerCase() + " and can no longer be claimed");
        }
        return task;
    }
}
