package uk.stpartnership.workflow.decisions;

import uk.stpartnership.workflow.meetings.Group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision in the log. OPEN while its follow-up actions are not all done, IMPLEMENTED once they are (at once
 * when it has none), SUPERSEDED when a later decision replaces it (linked both ways).
 *
 * @param organisation the organisation of the series that took it
 */
public record Decision(UUID id, UUID meetingId, UUID seriesId, Group group, String organisation, LocalDate decidedOn,
                       String wording, String rationale, Status status, UUID supersedes, UUID supersededBy,
                       Instant implementedAt, Instant recordedAt) {

    public enum Status { OPEN, IMPLEMENTED, SUPERSEDED }
}
