package uk.stpartnership.workflow.tasks;

import io.micronaut.transaction.annotation.Transactional;
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

    /**
     * How far a person's open tasks are counted: a count reads every task it counts, so it stops here rather than read
     * every candidate of a busy role on every page.
     */
    public static final int COUNTED_UP_TO = 200;

    private final TaskRepository tasks;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListMyTasks(TaskRepository tasks, AuditLog auditLog, Clock clock) {
        this.tasks = tasks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One transaction: one connection and one commit (the audit entry's) for the page, its audit entry and its count. */
    @Transactional
    public MyTasksPage list(Actor actor, PageRequest request) {
        String[] roles = actor.roles().stream().map(Role::name).toArray(String[]::new);
        Instant now = Instant.now(clock);
        List<InboxTask> open = tasks.openFor(actor.id(), actor.organisation(), roles, request.offset() + request.size(),
                request.size(), request.offset());
        auditLog.recordList(actor, "task", open.stream().map(InboxTask::auditEntry).toList());
        long counted = tasks.countOpenFor(actor.id(), actor.organisation(), roles, COUNTED_UP_TO + 1);
        return new MyTasksPage(open.stream().map(task -> TaskView.of(task, now)).toList(), request.page(), request.size(),
                Math.min(counted, COUNTED_UP_TO), counted > COUNTED_UP_TO);
    }
}
