package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's open tasks: assigned to them, or offered to their roles in their borough; soonest due first. */
@Singleton
public class ListMyTasks {

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final Clock clock;

    private final AuditLog auditLog;

    public ListMyTasks(TaskRepository tasks, TaskForms forms, AuditLog auditLog, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public TaskView.Page list(Actor actor, int pageNumber, int size) {
        PageRequest request = new PageRequest(pageNumber, size);
        List<String> roles = actor.roles().stream().map(Role::name).toList();
        Instant now = Instant.now(clock);
        List<InboxTask> page = tasks.openFor(actor.id(), actor.organisation(), roles, request.offset(), size);
        auditLog.record(actor, AuditLog.Action.READ, page.stream().map(InboxTask::auditEntry).toList());
        List<TaskView> items = page.stream().map(task -> TaskView.of(task, forms, now)).toList();
        return new TaskView.Page(items, pageNumber, size, tasks.countOpenFor(actor.id(), actor.organisation(), roles));
    }
}
