package uk.stpartnership.workflow.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user tasks a reminder or a missed deadline is for, as its service task's headers name them: {@code task}, and for
 * a clock drawn once for a whole stage, {@code stageTasks} (comma-separated), the stage's other user tasks. One of them
 * is open at a time: its holders are reminded, and a missed deadline is the one latest started.
 */
public record NamedTasks(List<String> elementIds) {

    /** The tasks the headers name; empty when there is no {@code task} header. */
    public static NamedTasks of(Map<String, String> headers) {
        String task = headers.get("task");
        if (task == null || task.isBlank()) {
            return new NamedTasks(List.of());
        }
        List<String> ids = new ArrayList<>(List.of(task.strip()));
        String others = headers.getOrDefault("stageTasks", "");
        Arrays.stream(others.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
        return new NamedTasks(List.copyOf(ids));
    }

    public boolean none() {
        return elementIds.isEmpty();
    }

    List<InboxTask> open(TaskRepository tasks, long processInstanceKey) {
        return elementIds.stream().flatMap(id -> tasks.openOf(processInstanceKey, id).stream()).toList();
    }

    /** The one of them started last, open or not: its own due date is the deadline that was running. */
    Optional<InboxTask> latest(TaskRepository tasks, long processInstanceKey) {
        return elementIds.stream().flatMap(id -> tasks.latestOf(processInstanceKey, id).stream())
                .max(Comparator.comparing(InboxTask::createdAt).thenComparing(InboxTask::jobKey));
    }

    @Override
    public String toString() {
        return String.join(",", elementIds);
    }
}
