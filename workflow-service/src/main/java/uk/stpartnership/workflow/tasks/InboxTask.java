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
                        Map<String, Object> context, String offeredToPerson) {

    public enum Status { OPEN, COMPLETED, CLOSED }

    /** A task as the process hands it over, offered to its role (an inbox_offer may name one person instead). */
    public InboxTask(long jobKey, long processInstanceKey, String bpmnProcessId, String elementId, String kind, String title,
                     String businessReference, String borough, String candidateRole, String assignee, Instant dueAt, Instant createdAt,
                     Status status, String completedBy, Instant completedAt, Map<String, Object> context) {
        this(jobKey, processInstanceKey, bpmnProcessId, elementId, kind, title, businessReference, borough, candidateRole, assignee,
                dueAt, createdAt, status, completedBy, completedAt, context, null);
    }

    /**
     * A person sees a task that is theirs (assigned to or completed by them) or that is offered to them: to the
     * person it is offered to by name, else to one of their roles in their borough. Everyone else is told it does
     * not exist.
     */
    public boolean visibleTo(Actor actor) {
        return actor.id().equals(assignee) || actor.id().equals(completedBy) || offeredTo(actor);
    }

    /** The same task with a fuller context (what a feature adds when the task is viewed). */
    public InboxTask withContext(Map<String, Object> fuller) {
        return new InboxTask(jobKey, processInstanceKey, bpmnProcessId, elementId, kind, title, businessReference, borough,
                candidateRole, assignee, dueAt, createdAt, status, completedBy, completedAt,
                Collections.unmodifiableMap(new LinkedHashMap<>(fuller)), offeredToPerson);
    }

    /** A read or change of a complaint's task is one of the complaint too: it is on the complaint's trail. */
    public AuditLog.Entry auditEntry() {
        AuditLog.Entry entry = new AuditLog.Entry("task", Long.toString(jobKey), businessReference);
        Object complaintId = context.get("complaintId");
        return complaintId == null ? entry : entry.alsoAbout(new AuditLog.Ref("complaint", complaintId.toString()));
    }

    public boolean offeredTo(Actor actor) {
        if (!borough.equals(actor.organisation()) || candidateRole == null) {
            return false;
        }
        return offeredToPerson != null ? offeredToPerson.equals(actor.id())
                : actor.roles().stream().map(Role::name).anyMatch(candidateRole::equals);
    }
}
