package uk.stpartnership.workflow.actions;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action as a person sees it in a list, with its history. */
@Serdeable
public record ActionView(UUID id, String title, String owner, String borough, LocalDate dueDate, Action.Status status,
                         boolean overdue, boolean escalated, UUID meetingId, UUID decisionId, Instant createdAt, Instant doneAt,
                         String doneBy, String doneNote, List<ActionHistory> history) {

    static ActionView of(Action a, LocalDate today, List<ActionHistory> history) {
        return new ActionView(a.id(), a.title(), a.owner(), a.borough(), a.dueDate(), a.status(), a.overdue(today), a.escalated(),
                a.meetingId(), a.decisionId(), a.createdAt(), a.doneAt(), a.doneBy(), a.doneNote(), history);
    }
}
