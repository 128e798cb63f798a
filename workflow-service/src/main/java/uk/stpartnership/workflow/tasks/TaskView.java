package uk.stpartnership.workflow.tasks;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * A task as a list shows it (its form is on its own route, TaskWithForm); the key is a string because job keys exceed
 * what JavaScript numbers hold exactly.
 */
@Serdeable
public record TaskView(String key, String title, String kind, String businessReference, String borough,
                       String candidateRole, String assignee, Instant dueAt, boolean overdue, Instant createdAt,
                       InboxTask.Status status, String completedBy, Instant completedAt, Map<String, Object> context) {

    static TaskView of(InboxTask task, Instant now) {
        return new TaskView(Long.toString(task.jobKey()), task.title(), task.kind(), task.businessReference(), task.borough(),
                task.candidateRole(), task.assignee(), task.dueAt(),
                task.status() == InboxTask.Status.OPEN && task.dueAt() != null && task.dueAt().isBefore(now),
                task.createdAt(), task.status(), task.completedBy(), task.completedAt(), task.context());
    }
}
