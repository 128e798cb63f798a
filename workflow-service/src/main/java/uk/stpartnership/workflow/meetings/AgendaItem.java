package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item on a meeting's agenda. actionId is set for an overdue action escalated to the steering group;
 * referredFrom for an operational group's item referred to the steering group (the item it came from).
 */
@Serdeable
@MappedEntity("agenda_item")
public record AgendaItem(@Id UUID id, UUID meetingId, int position, String title, Purpose purpose,
                         @TypeDef(type = DataType.STRING_ARRAY) List<String> papers, @Nullable String owner, String addedBy,
                         Instant addedAt, @Nullable UUID actionId, @Nullable UUID referredFrom) {

    public enum Purpose { INFORMATION, DISCUSSION, DECISION }
}
