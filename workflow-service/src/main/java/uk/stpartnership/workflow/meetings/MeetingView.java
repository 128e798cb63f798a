package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.decisions.Decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting with its agenda and, once recorded, its minutes. */
@Serdeable
public record MeetingView(UUID id, UUID seriesId, String title, Group group, LocalDate date, Instant scheduledAt, Instant endsAt,
                          Instant agendaCallAt, Instant agendaClosesAt, Instant minutesApprovalDueAt, String location, String chair,
                          Meeting.Status status, boolean agendaOpen, List<AgendaItem> agendaItems, Minutes minutes) {

    /** Who attended, whether the meeting was quorate, the typed outcomes, and the chair's approval. */
    @Serdeable
    public record Minutes(List<String> attendees, boolean quorumMet, Instant recordedAt, String recordedBy,
                          Instant approvedAt, String approvedBy, String approvalNote, List<MinutesOutcome> outcomes) {
    }

    /** One outcome; a decision with its status in the log, and the actions agreed under it. */
    @Serdeable
    public record MinutesOutcome(UUID id, UUID agendaItemId, Outcome.Type type, String wording, String rationale,
                                 UUID decisionId, Decision.Status decisionStatus, UUID supersedes, List<Action> actions) {
    }
}
