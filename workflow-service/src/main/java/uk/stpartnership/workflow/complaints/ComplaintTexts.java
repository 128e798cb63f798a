package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The texts people write on a complaint's tasks: draft responses with their screening, and every other text answer
 * (complaint_task_text, by the task and the form's field name). They stay in workflow-service; the process carries a
 * draft's id.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ComplaintTexts extends GenericRepository<ComplaintTexts.Draft, UUID> {

    /**
     * A draft response and, once screened, what it named.
     *
     * @param matches null until screened; then the protected details it named ("REFUGE: Nightingale House"), none when clean
     */
    @MappedEntity("complaint_draft")
    record Draft(@Id UUID id, UUID complaintId, long taskKey, String text, String writtenBy, Instant writtenAt,
                 @Nullable Instant screenedAt, @Nullable @TypeDef(type = DataType.STRING_ARRAY) List<String> matches) {

        public boolean screenedClean() {
            return screenedAt != null && matches.isEmpty();
        }
    }

    /** The id of the draft a task's completion gives: the same for a re-delivered completion of that task. */
    static UUID draftIdOf(long taskKey) {
        return UUID.nameUUIDFromBytes(("complaint-draft:" + taskKey).getBytes(StandardCharsets.UTF_8));
    }

    default void insertDraftIfAbsent(long taskKey, UUID complaintId, String text, String writtenBy, Instant writtenAt) {
        insertDraft(draftIdOf(taskKey), complaintId, taskKey, text, writtenBy, writtenAt);
    }

    @Query("""
            INSERT INTO complaint_draft (id, complaint_id, task_key, text, written_by, written_at)
            VALUES (:id, :complaintId, :taskKey, :text, :writtenBy, :writtenAt) ON CONFLICT (task_key) DO NOTHING""")
    void insertDraft(UUID id, UUID complaintId, long taskKey, String text, String writtenBy, Instant writtenAt);

    @Query("SELECT * FROM complaint_draft WHERE id = :draftId AND complaint_id = :complaintId")
    Optional<Draft> draft(UUID complaintId, UUID draftId);

    /** The complaint's drafts, oldest first (index complaint_draft_complaint). */
    @Query("SELECT * FROM complaint_draft WHERE complaint_id = :complaintId ORDER BY written_at, task_key")
    List<Draft> draftsOf(UUID complaintId);

    /** A re-screening (a re-delivered job) writes the same result again. */
    @Query("UPDATE complaint_draft SET screened_at = :at, matches = :matches WHERE id = :draftId")
    void recordScreening(UUID draftId, @TypeDef(type = DataType.STRING_ARRAY) List<String> matches, Instant at);

    @Query("""
            INSERT INTO complaint_task_text (task_key, name, complaint_id, text, written_by, written_at)
            VALUES (:taskKey, :name, :complaintId, :text, :writtenBy, :writtenAt) ON CONFLICT (task_key, name) DO NOTHING""")
    void insertTextIfAbsent(long taskKey, String name, UUID complaintId, String text, String writtenBy, Instant writtenAt);

    /** The latest text of that name written after a moment (the reviewer's note on the draft being revised). */
    @Query("""
            SELECT text FROM complaint_task_text WHERE complaint_id = :complaintId AND name = :name AND written_at >= :after
            ORDER BY written_at DESC, task_key DESC LIMIT 1""")
    Optional<String> latestTextAfter(UUID complaintId, String name, Instant after);

    /** The latest text of that name on the complaint (the extension reason being decided, the panel's report ...). */
    @Query("""
            SELECT text FROM complaint_task_text WHERE complaint_id = :complaintId AND name = :name
            ORDER BY written_at DESC, task_key DESC LIMIT 1""")
    Optional<String> latestText(UUID complaintId, String name);
}
