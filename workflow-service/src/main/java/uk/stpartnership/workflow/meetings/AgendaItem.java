package uk.stpartnership.workflow.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item on a meeting's agenda. actionId is set for an overdue action escalated to the steering group;
 * referredFrom for an operational group's item referred to the steering group (the item it came from).
 */
@Serdeable
public record AgendaItem(UUID id, UUID meetingId, int position, String title, Purpose purpose, List<String> papers,
                         String owner, String addedBy, Instant addedAt, UUID actionId, UUID referredFrom) {

    public enum Purpose { INFORMATION, DISCUSSION, DECISION }
}
