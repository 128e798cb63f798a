package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An action's new due date, and why: a due date changes only with a reason, kept in the action's history. */
@Serdeable
@Introspected
public record ChangeDueDateRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 1000) String reason) {
}
