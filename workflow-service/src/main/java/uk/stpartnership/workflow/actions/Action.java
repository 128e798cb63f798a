package uk.stpartnership.workflow.actions;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at a meeting: one owner, one borough, a due date; decisionId when it follows up a decision. */
@Serdeable
public record Action(UUID id, UUID meetingId, UUID seriesId, UUID outcomeId, UUID decisionId, String title, String owner,
                     String borough, LocalDate dueDate, Status status, boolean escalated, Instant createdAt,
                     Instant doneAt, String doneBy, String doneNote) {

    public enum Status { OPEN, DONE }

    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && dueDate.isBefore(today);
    }
}
