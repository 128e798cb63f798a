package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's open tasks: assigned to them, or offered to their roles in their borough; soonest due first. */
@Singleton
public class ListMyTasks {

    private final TaskRepository tasks;
    private final TaskForms forms;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListMyTasks(TaskRepository tasks, TaskForms forms, AuditLog auditLog, Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Page<TaskView> list(Actor actor, int pageNumber, int size) {
        PageRequest request = new PageRequest(pageNumber, size);
        List<String> roles = actor.roles().stream().map(Role::name).toList();
        Instant now = Instant.now(clock);
        List<InboxTask> open = tasks.openFor(actor.id(), actor.organisation(), roles, request.offset(), request.size());
        auditLog.recordList(actor, "task", open.stream().map(InboxTask::auditEntry).toList());
        return Page.of(open.stream().map(task -> TaskView.of(task, forms, now)).toList(), request,
                tasks.countOpenFor(actor.id(), actor.organisation(), roles));
    }
}
