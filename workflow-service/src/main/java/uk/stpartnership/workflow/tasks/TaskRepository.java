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
    /** The offer of task t to one person by name, if its process made one for its role. */
    private static final String OFFER_OF_T = "o.bpmn_process_id = t.bpmn_process_id AND o.business_reference = t.business_reference"
            + " AND o.candidate_role = t.candidate_role";
    private static final String SELECTED = "t.job_key, t.process_instance_key, t.bpmn_process_id, t.element_id, t.task_kind, t.title,"
            + " t.business_reference, t.borough, t.candidate_role, t.assignee, t.due_at, t.created_at, t.status, t.completed_by,"
            + " t.completed_at, t.context, (SELECT o.person_id FROM inbox_offer o WHERE " + OFFER_OF_T + ") AS offered_to";

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
        return jdbc.one("SELECT " + SELECTED + " FROM inbox_task t WHERE job_key = ? FOR UPDATE OF t", this::map, jobKey);
    }

    public Optional<InboxTask> find(long jobKey) {
        return jdbc.one("SELECT " + SELECTED + " FROM inbox_task t WHERE job_key = ?", this::map, jobKey);
    }

    public void assign(long jobKey, String assignee) {
        jdbc.update("UPDATE inbox_task SET assignee = ? WHERE job_key = ?", assignee, jobKey);
    }

    public void finish(long jobKey, InboxTask.Status status, String by, Instant at) {
        jdbc.update("UPDATE inbox_task SET status = ?, completed_by = ?, completed_at = ? WHERE job_key = ?", status, by, at, jobKey);
    }

    /** The open tasks of one user task of a process instance (index inbox_task_process_instance). */
    public List<InboxTask> openOf(long processInstanceKey, String elementId) {
        return jdbc.list("SELECT " + SELECTED + " FROM inbox_task t WHERE process_instance_key = ? AND element_id = ? AND status = 'OPEN'",
                this::map, processInstanceKey, elementId);
    }

    /** The latest task of one user task of a process instance, open or not: its own due date, say. */
    public Optional<InboxTask> latestOf(long processInstanceKey, String elementId) {
        return jdbc.one("SELECT " + SELECTED + " FROM inbox_task t WHERE process_instance_key = ? AND element_id = ?"
                + " ORDER BY created_at DESC, job_key DESC LIMIT 1", this::map, processInstanceKey, elementId);
    }

    /** Closes the open tasks of a process instance whose path no longer waits for them (cancelled, moved, withdrawn). */
    public int closeOpenOf(long processInstanceKey, Instant at) {
        return jdbc.update("UPDATE inbox_task SET status = 'CLOSED', completed_at = ? WHERE process_instance_key = ? AND status = 'OPEN'",
                at, processInstanceKey);
    }

    /**
     * One page of a person's open tasks by due date: those assigned to them, the unassigned ones offered to them by
     * name, and the unassigned ones offered to their roles in their borough that name nobody. Index-ordered branches
     * under UNION ALL read only what the page needs (an OR would read every candidate row and sort).
     */
    public List<InboxTask> openFor(String personId, String borough, List<String> roles, int offset, int limit) {
        return jdbc.list("SELECT * FROM ("
                        + " (SELECT " + SELECTED + " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee IS NULL AND t.borough = ?"
                        + "   AND t.candidate_role = ANY (?) AND NOT EXISTS (SELECT 1 FROM inbox_offer o WHERE " + OFFER_OF_T + ")"
                        + "   ORDER BY t.due_at NULLS LAST, t.job_key LIMIT ?)"
                        + " UNION ALL"
                        + " (SELECT " + SELECTED + " FROM inbox_task t JOIN inbox_offer o ON " + OFFER_OF_T
                        + "   WHERE o.person_id = ? AND t.status = 'OPEN' AND t.assignee IS NULL AND t.borough = ?"
                        + "   ORDER BY t.due_at NULLS LAST, t.job_key LIMIT ?)"
                        + " UNION ALL"
                        + " (SELECT " + SELECTED + " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee = ?"
                        + "   ORDER BY t.due_at NULLS LAST, t.job_key LIMIT ?)"
                        + ") mine ORDER BY due_at NULLS LAST, job_key LIMIT ? OFFSET ?",
                this::map, borough, roles, offset + limit, personId, borough, offset + limit, personId, offset + limit, limit, offset);
    }

    public long countOpenFor(String personId, String borough, List<String> roles) {
        return jdbc.count("SELECT (SELECT count(*) FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee IS NULL AND t.borough = ?"
                        + "   AND t.candidate_role = ANY (?) AND NOT EXISTS (SELECT 1 FROM inbox_offer o WHERE " + OFFER_OF_T + "))"
                        + " + (SELECT count(*) FROM inbox_task t JOIN inbox_offer o ON " + OFFER_OF_T
                        + "   WHERE o.person_id = ? AND t.status = 'OPEN' AND t.assignee IS NULL AND t.borough = ?)"
                        + " + (SELECT count(*) FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee = ?)",
                borough, roles, personId, borough, personId);
    }

    /**
     * Offers a process's tasks for a role, open and yet to come, to one person instead of the role; an open one that
     * someone else had claimed is handed back, so only that person holds it.
     */
    public void offer(String bpmnProcessId, String businessReference, String role, String personId) {
        jdbc.update("INSERT INTO inbox_offer (bpmn_process_id, business_reference, candidate_role, person_id) VALUES (?,?,?,?)"
                + " ON CONFLICT (bpmn_process_id, business_reference, candidate_role) DO UPDATE SET person_id = EXCLUDED.person_id",
                bpmnProcessId, businessReference, role, personId);
        jdbc.update("UPDATE inbox_task SET assignee = NULL WHERE bpmn_process_id = ? AND business_reference = ? AND candidate_role = ?"
                + " AND status = 'OPEN' AND assignee <> ?", bpmnProcessId, businessReference, role, personId);
    }

    /** The process's tasks for the role are offered to the role again. */
    public void withdrawOffer(String bpmnProcessId, String businessReference, String role) {
        jdbc.update("DELETE FROM inbox_offer WHERE bpmn_process_id = ? AND business_reference = ? AND candidate_role = ?",
                bpmnProcessId, businessReference, role);
    }

    /** What a person completed a task with, saved before its job is completed. */
    public record SavedCompletion(String completedBy, Map<String, Object> variables) {
    }

    /** Saves the completion unless one is saved for the task already; true when it was new. */
    public boolean saveCompletionIfAbsent(long jobKey, SavedCompletion completion, Instant at) {
        return jdbc.update("INSERT INTO task_completion (job_key, completed_by, variables, saved_at) VALUES (?, ?, ?::jsonb, ?)"
                + " ON CONFLICT (job_key) DO NOTHING", jobKey, completion.completedBy(), toJson(completion.variables()), at) == 1;
    }

    public Optional<SavedCompletion> savedCompletion(long jobKey) {
        return jdbc.one("SELECT completed_by, variables FROM task_completion WHERE job_key = ?",
                r -> new SavedCompletion(r.getString("completed_by"), fromJson(r.getString("variables"))), jobKey);
    }

    private InboxTask map(ResultSet r) throws SQLException {
        return new InboxTask(r.getLong("job_key"), r.getLong("process_instance_key"), r.getString("bpmn_process_id"),
                r.getString("element_id"), r.getString("task_kind"), r.getString("title"), r.getString("business_reference"),
                r.getString("borough"), r.getString("candidate_role"), r.getString("assignee"), Jdbc.instant(r, "due_at"),
                Jdbc.instant(r, "created_at"), InboxTask.Status.valueOf(r.getString("status")), r.getString("completed_by"),
                Jdbc.instant(r, "completed_at"), fromJson(r.getString("context")), r.getString("offered_to"));
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
