package uk.stpartnership.workflow.tasks;

import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user task waiting for (or done by) a person: one per user-task job, keyed by the job key. */
public record InboxTask(long jobKey, long processInstanceKey, String bpmnProcessId, String elementId, String kind,
                        String title, String businessReference, String borough, String candidateRole, String assignee,
                        Instant dueAt, Instant createdAt, Status status, String completedBy, Instant completedAt,
                        Map<String, Object> context) {

    public enum Status { OPEN, COMPLETED, CLOSED }

    /**
     * A person sees a task that is theirs (assigned to or completed by them) or that is offered to one of
     * their roles in their borough. Everyone else is told it does not exist.
     */
    public boolean visibleTo(Actor actor) {
        return actor.id().equals(assignee) || actor.id().equals(completedBy) || offeredTo(actor);
    }

    /** The same task with a fuller context (what a feature adds when the task is viewed). */
    public InboxTask withContext(Map<String, Object> fuller) {
        return new InboxTask(jobKey, processInstanceKey, bpmnProcessId, elementId, kind, title, businessReference, borough,
                candidateRole, assignee, dueAt, createdAt, status, completedBy, completedAt,
                Collections.unmodifiableMap(new LinkedHashMap<>(fuller)));
    }

    public AuditLog.Entry auditEntry() {
        return new AuditLog.Entry("task", Long.toString(jobKey), businessReference);
    }

    public boolean offeredTo(Actor actor) {
        return borough.equals(actor.organisation()) && candidateRole != null
                && actor.roles().stream().map(Role::name).anyMatch(candidateRole::equals);
    }
}
