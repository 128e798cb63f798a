package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The follow-up a baseline round promises by {@code dueOn}: started as a FOLLOW_UP round of it, missed (the steering
 * group is told at each meeting) or cancelled by a decision of the decision log. {@code onAgendaOf} describes the
 * steering meeting it last went on the agenda of, for the email.
 */
@MappedEntity("audit_follow_up")
public record AuditFollowUp(@Id UUID roundId, LocalDate dueOn, Status status, @Nullable UUID startedAs, @Nullable LocalDate missedSince,
                     @Nullable UUID cancelledByDecision, @Nullable String cancelledBy, @Nullable Instant cancelledAt,
                     @Nullable String onAgendaOf) {

    public enum Status {
        PROMISED, STARTED, MISSED, CANCELLED;

        /** Still waited for: a follow-up round of the baseline starts it, a decision may cancel it. */
        boolean open() {
            return this == PROMISED || this == MISSED;
        }
    }

    /** "1 June 2027", for people to read. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static AuditFollowUp promised(UUID roundId, LocalDate dueOn) {
        return new AuditFollowUp(roundId, dueOn, Status.PROMISED, null, null, null, null, null, null);
    }
}
