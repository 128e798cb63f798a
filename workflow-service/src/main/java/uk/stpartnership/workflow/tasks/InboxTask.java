package uk.stpartnership.workflow.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user task waiting for (or done by) a person: one per user-task job, keyed by the job key. It is offered to its
 * role in its borough, or to the one person an inbox_offer names for its process, business reference and role
 * ({@code offeredToPerson}, kept on the row by TaskRepository).
 */
@MappedEntity("inbox_task")
public record InboxTask(@Id long jobKey, long processInstanceKey, String bpmnProcessId, String elementId,
                        @MappedProperty("task_kind") String kind, String title, @Nullable String businessReference, String borough,
                        @Nullable String candidateRole, @Nullable String assignee, @Nullable Instant dueAt, Instant createdAt,
                        Status status, @Nullable String completedBy, @Nullable Instant completedAt,
                        @TypeDef(type = DataType.JSON) Map<String, Object> context,
                        @MappedProperty("offered_to") @Nullable String offeredToPerson) {

    public enum Status { OPEN, COMPLETED, CLOSED }

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
