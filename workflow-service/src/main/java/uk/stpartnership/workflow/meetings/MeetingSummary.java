package uk.stpartnership.workflow.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting in a list. */
@Serdeable
public record MeetingSummary(UUID id, UUID seriesId, String title, LocalDate date, Instant scheduledAt, Instant agendaClosesAt,
                             Meeting.Status status, boolean agendaOpen, Boolean quorumMet, Instant minutesApprovedAt) {

    static MeetingSummary of(Meeting m, Instant now) {
        return new MeetingSummary(m.id(), m.seriesId(), m.title(), m.date(), m.times().scheduledAt(), m.times().agendaClosesAt(),
                m.status(), m.agendaOpen(now), m.quorumMet(), m.minutesApprovedAt());
    }
}
