package uk.stpartnership.workflow.decisions;

import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.governance.Group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision in the log with where it was taken and its follow-up actions. */
@Serdeable
public record DecisionView(UUID id, LocalDate decidedOn, Group group, UUID seriesId, UUID meetingId, String meetingTitle,
                           String organisation, String wording, String rationale, Decision.Status status, UUID supersedes,
                           UUID supersededBy, Instant implementedAt, List<Action> actions) {

    static DecisionView of(Decision d, String meetingTitle, List<Action> actions) {
        return new DecisionView(d.id(), d.decidedOn(), d.group(), d.seriesId(), d.meetingId(), meetingTitle, d.organisation(),
                d.wording(), d.rationale(), d.status(), d.supersedes(), d.supersededBy(), d.implementedAt(), actions);
    }
}
