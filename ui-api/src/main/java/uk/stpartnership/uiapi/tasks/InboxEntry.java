package uk.stpartnership.uiapi.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A task as workflow-service's inbox shows it (its API document's TaskView / TaskWithForm), with its form when viewed alone. */
@Serdeable
public record InboxEntry(String key, String title, String kind, @Nullable String businessReference, String borough,
                  @Nullable String candidateRole, @Nullable String assignee, @Nullable Instant dueAt, boolean overdue,
                  String status, @Nullable String completedBy, @Nullable Map<String, Object> context,
                  @Nullable List<FormField> form) {

    /** One page of "my tasks". */
    @Serdeable
    public record MyTasks(List<InboxEntry> items, int page, int size, long total, boolean moreThanTotal) {
    }

    /** A field of the task's form (workflow-service's TaskForm.Field). */
    @Serdeable
    public record FormField(String name, String label, String type, boolean required, @Nullable String requiredWhenYes,
                     @Nullable List<String> options, int maxLength, boolean futureAllowed, int maxItems,
                     @Nullable List<FormField> itemFields) {

        List<String> choices() {
            return options == null ? List.of() : options;
        }

        List<FormField> items() {
            return itemFields == null ? List.of() : itemFields;
        }
    }

    public boolean open() {
        return "OPEN".equals(status);
    }
}
