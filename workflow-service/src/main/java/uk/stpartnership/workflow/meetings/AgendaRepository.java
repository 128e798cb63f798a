package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Agenda items. Callers hold the meeting's lock (MeetingRepository.findForUpdate), which keeps positions unique. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AgendaRepository extends GenericRepository<AgendaItem, UUID> {

    /** Adds the item after the last one; answers it with its position (an escalated action's item, if it was there already). */
    default AgendaItem add(AgendaItem item) {
        insertLast(item.id(), item.meetingId(), item.title(), item.purpose(), item.papers(), item.owner(), item.addedBy(), item.addedAt(),
                item.actionId(), item.referredFrom());
        return added(item.meetingId(), item.id(), item.actionId()).orElseThrow();
    }

    @Query("""
            INSERT INTO agenda_item (id, meeting_id, position, title, purpose, papers, owner, added_by, added_at, action_id, referred_from)
            VALUES (:id, :meetingId, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = :meetingId), :title, :purpose,
                    :papers, :owner, :addedBy, :addedAt, :actionId, :referredFrom)
            ON CONFLICT (meeting_id, action_id) WHERE action_id IS NOT NULL DO NOTHING""")
    void insertLast(UUID id, UUID meetingId, String title, AgendaItem.Purpose purpose, @TypeDef(type = DataType.STRING_ARRAY) List<String> papers,
                    @Nullable String owner, String addedBy, Instant addedAt, @Nullable UUID actionId, @Nullable UUID referredFrom);

    @Query("SELECT * FROM agenda_item WHERE meeting_id = :meetingId AND (id = :id OR action_id = :actionId)")
    Optional<AgendaItem> added(UUID meetingId, UUID id, @Nullable UUID actionId);

    /** The item referred to this meeting from another, if it has been. */
    @Query("SELECT * FROM agenda_item WHERE meeting_id = :meetingId AND referred_from = :referredFrom")
    Optional<AgendaItem> referral(UUID meetingId, UUID referredFrom);

    @Query("SELECT * FROM agenda_item WHERE meeting_id = :meetingId ORDER BY position")
    List<AgendaItem> of(UUID meetingId);
}
