package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** One line of the minutes: information noted, a decision taken (decisionId), or an action agreed. */
@MappedEntity("meeting_outcome")
public record Outcome(@Id UUID id, UUID meetingId, int position, UUID agendaItemId, @MappedProperty("kind") Type type, String wording,
                      @Nullable String rationale, @Nullable UUID decisionId) {

    public enum Type { INFORMATION, DECISION, ACTION }
}
