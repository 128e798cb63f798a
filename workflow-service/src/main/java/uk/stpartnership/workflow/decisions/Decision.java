package uk.stpartnership.workflow.decisions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import uk.stpartnership.workflow.governance.Group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision in the log. OPEN while its follow-up actions are not all done, IMPLEMENTED once they are (at once
 * when it has none), SUPERSEDED when a later decision replaces it (linked both ways).
 *
 * @param organisation the organisation of the series that took it
 */
@MappedEntity("decision")
public record Decision(@Id UUID id, UUID meetingId, UUID seriesId, @MappedProperty("meeting_group") Group group, String organisation,
                       LocalDate decidedOn, String wording, @Nullable String rationale, Status status, @Nullable UUID supersedes,
                       @Nullable UUID supersededBy, @Nullable Instant implementedAt, Instant recordedAt) {

    public enum Status { OPEN, IMPLEMENTED, SUPERSEDED }
}
