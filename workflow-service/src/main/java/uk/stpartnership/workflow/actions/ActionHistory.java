package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happened to an action, in order; a due date changes only with a reason (note). */
@Serdeable
public record ActionHistory(UUID actionId, Instant at, Event event, String by, @Nullable String note, @Nullable LocalDate oldDueDate,
                            @Nullable LocalDate newDueDate) {

    public enum Event { CREATED, DONE, ESCALATED, DUE_DATE_CHANGED }

    public static ActionHistory of(UUID actionId, Instant at, Event event, String by, String note) {
        return new ActionHistory(actionId, at, event, by, note, null, null);
    }
}
