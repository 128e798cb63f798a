package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at a meeting: one owner, one borough, a due date; decisionId when it follows up a decision. */
@Serdeable
@MappedEntity("governance_action")
public record Action(@Id UUID id, UUID meetingId, UUID seriesId, UUID outcomeId, @Nullable UUID decisionId, String title, String owner,
                     String borough, LocalDate dueDate, Status status, boolean escalated, Instant createdAt,
                     @Nullable Instant doneAt, @Nullable String doneBy, @Nullable String doneNote) {

    public enum Status { OPEN, DONE }

    /**
     * Open past its due date, or past its due time: its process escalated it when the due date ended (17:00, ActionTimes),
     * before the date itself has passed.
     */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && (escalated || dueDate.isBefore(today));
    }
}
