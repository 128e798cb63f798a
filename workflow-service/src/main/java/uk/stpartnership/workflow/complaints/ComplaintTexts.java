package uk.stpartnership.workflow.complaints;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The texts people write on a complaint's tasks: draft responses with their screening, and every other text answer.
 * They stay in workflow-service; the process carries a draft's id. Joins the caller's transaction when there is one.
 */
@Singleton
@Connectable
public class ComplaintTexts {

    /**
     * A draft response and, once screened, what it named.
     *
     * @param matches null until screened; then the protected details it named ("REFUGE: Nightingale House"), none when clean
     */
    public record Draft(UUID id, UUID complaintId, String text, String writtenBy, Instant writtenAt, Instant screenedAt, List<String> matches) {

        public boolean screenedClean() {
            return screenedAt != null && matches.isEmpty();
        }
    }

    private final Jdbc jdbc;

    public ComplaintTexts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the draft a task's completion gives: the same for a re-delivered completion of that task. */
    public static UUID draftIdOf(long taskKey) {
        return UUID.nameUUIDFromBytes(("complaint-draft:" + taskKey).getBytes(StandardCharsets.UTF_8));
    }

    public void insertDraftIfAbsent(long taskKey, UUID complaintId, String text, String writtenBy, Instant writtenAt) {
        jdbc.update("INSERT INTO complaint_draft (id, complaint_id, task_key, text, written_by, written_at) VALUES (?,?,?,?,?,?)"
                + " ON CONFLICT (task_key) DO NOTHING", draftIdOf(taskKey), complaintId, taskKey, text, writtenBy, writtenAt);
    }

    public Optional<Draft> draft(UUID complaintId, UUID draftId) {
        return jdbc.one("SELECT id, complaint_id, text, written_by, written_at, screened_at, matches FROM complaint_draft"
                + " WHERE id = ? AND complaint_id = ?", r -> new Draft(Jdbc.uuid(r, "id"), Jdbc.uuid(r, "complaint_id"), r.getString("text"),
                r.getString("written_by"), Jdbc.instant(r, "written_at"), Jdbc.instant(r, "screened_at"),
                r.getArray("matches") == null ? null : Jdbc.texts(r, "matches")), draftId, complaintId);
    }

    /** A re-screening (a re-delivered job) writes the same result again. */
    public void recordScreening(UUID draftId, List<String> matches, Instant at) {
        jdbc.update("UPDATE complaint_draft SET screened_at = ?, matches = ? WHERE id = ?", at, matches, draftId);
    }

    public void insertTextIfAbsent(long taskKey, String name, UUID complaintId, String text, String writtenBy, Instant writtenAt) {
        jdbc.update("INSERT INTO complaint_task_text (task_key, name, complaint_id, text, written_by, written_at) VALUES (?,?,?,?,?,?)"
                + " ON CONFLICT (task_key, name) DO NOTHING", taskKey, name, complaintId, text, writtenBy, writtenAt);
    }

    /** The latest text of that name written after a moment (the reviewer's note on the draft being revised). */
    public Optional<String> latestTextAfter(UUID complaintId, String name, Instant after) {
        return jdbc.one("SELECT text FROM complaint_task_text WHERE complaint_id = ? AND name = ? AND written_at >= ?"
                + " ORDER BY written_at DESC, task_key DESC LIMIT 1", r -> r.getString("text"), complaintId, name, after);
    }

    /** The latest text of that name on the complaint (the extension reason being decided, the panel's report ...). */
    public Optional<String> latestText(UUID complaintId, String name) {
        return jdbc.one("SELECT text FROM complaint_task_text WHERE complaint_id = ? AND name = ? ORDER BY written_at DESC, task_key DESC LIMIT 1",
                r -> r.getString("text"), complaintId, name);
    }
}
