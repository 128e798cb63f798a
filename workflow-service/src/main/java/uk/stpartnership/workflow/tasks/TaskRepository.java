package uk.stpartnership.workflow.tasks;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inbox table. Callers hold the transaction; Jdbc joins it. */
@Singleton
public class TaskRepository {

    private static final String COLUMNS = "job_key, process_instance_key, bpmn_process_id, element_id, task_kind, title, "
            + "business_reference, borough, candidate_role, assignee, due_at, created_at, status, completed_by, completed_at, context";

    private final Jdbc jdbc;
    private final JsonMapper json;

    public TaskRepository(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the task unless the job is already recorded; true when it was new. */
    public boolean insertIfAbsent(InboxTask task) {
        return jdbc.update("INSERT INTO inbox_task (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb)"
                        + " ON CONFLICT (job_key) DO NOTHING",
                task.jobKey(), task.processInstanceKey(), task.bpmnProcessId(), task.elementId(), task.kind(), task.title(),
                task.businessReference(), task.borough(), task.candidateRole(), task.assignee(), task.dueAt(), task.createdAt(),
                task.status(), task.completedBy(), task.completedAt(), toJson(task.context())) == 1;
    }

    /** Reads the task and locks it until the transaction ends, so two completions cannot both pass. */
    public Optional<InboxTask> findForUpdate(long jobKey) {
        return jdbc.one("SELECT " + COLUMNS + " FROM inbox_task WHERE job_key = ? FOR UPDATE", this::map, jobKey);
    }

    public Optional<InboxTask> find(long jobKey) {
        return jdbc.one("SELECT " + COLUMNS + " FROM inbox_task WHERE job_key = ?", this::map, jobKey);
    }

    public void assign(long jobKey, String assignee) {
        jdbc.update("UPDATE inbox_task SET assignee = ? WHERE job_key = ?", assignee, jobKey);
    }

    public void finish(long jobKey, InboxTask.Status status, String by, Instant at) {
        jdbc.update("UPDATE inbox_task SET status = ?, completed_by = ?, completed_at = ? WHERE job_key = ?", status, by, at, jobKey);
    }

    /** The open tasks of one user task of a process instance (index inbox_task_process_instance). */
    public List<InboxTask> openOf(long processInstanceKey, String elementId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM inbox_task WHERE process_instance_key = ? AND element_id = ? AND status = 'OPEN'",
                this::map, processInstanceKey, elementId);
    }

    /** The latest task of one user task of a process instance, open or not: its own due date, say. */
    public Optional<InboxTask> latestOf(long processInstanceKey, String elementId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM inbox_task WHERE process_instance_key = ? AND element_id = ?"
                + " ORDER BY created_at DESC, job_key DESC LIMIT 1", this::map, processInstanceKey, elementId);
    }

    /** Closes the open tasks of a process instance whose path no longer waits for them (cancelled, moved, withdrawn). */
    public int closeOpenOf(long processInstanceKey, Instant at) {
        return jdbc.update("UPDATE inbox_task SET status = 'CLOSED', completed_at = ? WHERE process_instance_key = ? AND status = 'OPEN'",
                at, processInstanceKey);
    }

    /**
     * One page of a person's open tasks by due date: those assigned to them and the unassigned ones offered
     * to their roles in their borough. Two index-ordered branches under UNION ALL read only what the page
     * needs (an OR would read every candidate row and sort).
     */
    public List<InboxTask> openFor(String personId, String borough, List<String> roles, int offset, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM ("
                        + " (SELECT " + COLUMNS + " FROM inbox_task WHERE status = 'OPEN' AND assignee IS NULL AND borough = ?"
                        + "   AND candidate_role = ANY (?) ORDER BY due_at NULLS LAST, job_key LIMIT ?)"
                        + " UNION ALL"
                        + " (SELECT " + COLUMNS + " FROM inbox_task WHERE status = 'OPEN' AND assignee = ?"
                        + "   ORDER BY due_at NULLS LAST, job_key LIMIT ?)"
                        + ") mine ORDER BY due_at NULLS LAST, job_key LIMIT ? OFFSET ?",
                this::map, borough, roles, offset + limit, personId, offset + limit, limit, offset);
    }

    public long countOpenFor(String personId, String borough, List<String> roles) {
        return jdbc.count("SELECT (SELECT count(*) FROM inbox_task WHERE status = 'OPEN' AND assignee IS NULL AND borough = ? AND candidate_role = ANY (?))"
                + " + (SELECT count(*) FROM inbox_task WHERE status = 'OPEN' AND assignee = ?)", borough, roles, personId);
    }

    private InboxTask map(ResultSet r) throws SQLException {
        return new InboxTask(r.getLong("job_key"), r.getLong("process_instance_key"), r.getString("bpmn_process_id"),
                r.getString("element_id"), r.getString("task_kind"), r.getString("title"), r.getString("business_reference"),
                r.getString("borough"), r.getString("candidate_role"), r.getString("assignee"), Jdbc.instant(r, "due_at"),
                Jdbc.instant(r, "created_at"), InboxTask.Status.valueOf(r.getString("status")), r.getString("completed_by"),
                Jdbc.instant(r, "completed_at"), fromJson(r.getString("context")));
    }

    private String toJson(Map<String, Object> context) {
        try {
            return new String(json.writeValueAsBytes(context), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> fromJson(String context) {
        try {
            return json.readValue(context, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
