package uk.stpartnership.workflow.tasks;

import io.micronaut.json.JsonMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inbox table. Joins the caller's transaction when there is one, or opens a connection for the call. */
@Singleton
@Connectable
public class TaskRepository {

    private static final String COLUMNS = "job_key, process_instance_key, bpmn_process_id, element_id, task_kind, title, "
            + "business_reference, borough, candidate_role, assignee, due_at, created_at, status, completed_by, completed_at, context";

    private final DataSource dataSource;
    private final JsonMapper json;

    public TaskRepository(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Records the task unless the job is already recorded; true when it was new. */
    public boolean insertIfAbsent(InboxTask task) {
        String sql = "INSERT INTO inbox_task (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb) ON CONFLICT (job_key) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, task.jobKey());
            s.setLong(2, task.processInstanceKey());
            s.setString(3, task.bpmnProcessId());
            s.setString(4, task.elementId());
            s.setString(5, task.kind());
            s.setString(6, task.title());
            s.setString(7, task.businessReference());
            s.setString(8, task.borough());
            s.setString(9, task.candidateRole());
            s.setString(10, task.assignee());
            s.setTimestamp(11, timestamp(task.dueAt()));
            s.setTimestamp(12, timestamp(task.createdAt()));
            s.setString(13, task.status().name());
            s.setString(14, task.completedBy());
            s.setTimestamp(15, timestamp(task.completedAt()));
            s.setString(16, new String(json.writeValueAsBytes(task.context()), java.nio.charset.StandardCharsets.UTF_8));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record task " + task.jobKey(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the task and locks it until the transaction ends, so two completions cannot both pass. */
    public Optional<InboxTask> findForUpdate(long jobKey) {
        return queryOne("SELECT " + COLUMNS + " FROM inbox_task WHERE job_key = ? FOR UPDATE", jobKey);
    }

    public Optional<InboxTask> find(long jobKey) {
        return queryOne("SELECT " + COLUMNS + " FROM inbox_task WHERE job_key = ?", jobKey);
    }

    public void assign(long jobKey, String assignee) {
        update("UPDATE inbox_task SET assignee = ? WHERE job_key = ?", s -> {
            s.setString(1, assignee);
            s.setLong(2, jobKey);
        });
    }

    public void finish(long jobKey, InboxTask.Status status, String by, Instant at) {
        update("UPDATE inbox_task SET status = ?, completed_by = ?, completed_at = ? WHERE job_key = ?", s -> {
            s.setString(1, status.name());
            s.setString(2, by);
            s.setTimestamp(3, timestamp(at));
            s.setLong(4, jobKey);
        });
    }

    /** Closes the open tasks of one process instance (the process took them away); answers how many. */
    public int closeOpenOf(long processInstanceKey, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE inbox_task SET status = 'CLOSED', completed_at = ?"
                     + " WHERE process_instance_key = ? AND status = 'OPEN'")) {
            s.setTimestamp(1, timestamp(at));
            s.setLong(2, processInstanceKey);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the tasks of process instance " + processInstanceKey, e);
        }
    }

    /**
     * One page of a person's open tasks by due date: those assigned to them and the unassigned ones offered
     * to their roles in their borough. Two index-ordered branches under UNION ALL read only what the page
     * needs (an OR would read every candidate row and sort).
     */
    public List<InboxTask> openFor(String personId, String borough, List<String> roles, int offset, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM ("
                + " (SELECT " + COLUMNS + " FROM inbox_task WHERE status = 'OPEN' AND assignee IS NULL AND borough = ?"
                + "   AND candidate_role = ANY (?) ORDER BY due_at NULLS LAST, job_key LIMIT ?)"
                + " UNION ALL"
                + " (SELECT " + COLUMNS + " FROM inbox_task WHERE status = 'OPEN' AND assignee = ?"
                + "   ORDER BY due_at NULLS LAST, job_key LIMIT ?)"
                + ") mine ORDER BY due_at NULLS LAST, job_key LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, borough);
            s.setArray(2, c.createArrayOf("text", roles.toArray()));
            s.setInt(3, offset + limit);
            s.setString(4, personId);
            s.setInt(5, offset + limit);
            s.setInt(6, limit);
            s.setInt(7, offset);
            List<InboxTask> tasks = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    tasks.add(map(rows));
                }
            }
            return tasks;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list tasks", e);
        }
    }

    public long countOpenFor(String personId, String borough, List<String> roles) {
        String sql = "SELECT (SELECT count(*) FROM inbox_task WHERE status = 'OPEN' AND assignee IS NULL AND borough = ? AND candidate_role = ANY (?))"
                + " + (SELECT count(*) FROM inbox_task WHERE status = 'OPEN' AND assignee = ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, borough);
            s.setArray(2, c.createArrayOf("text", roles.toArray()));
            s.setString(3, personId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count tasks", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update task", e);
        }
    }

    private Optional<InboxTask> queryOne(String sql, long jobKey) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, jobKey);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read task " + jobKey, e);
        }
    }

    private InboxTask map(ResultSet r) throws SQLException {
        try {
            Map<String, Object> context = json.readValue(r.getString("context"), Argument.mapOf(String.class, Object.class));
            return new InboxTask(r.getLong("job_key"), r.getLong("process_instance_key"), r.getString("bpmn_process_id"),
                    r.getString("element_id"), r.getString("task_kind"), r.getString("title"), r.getString("business_reference"),
                    r.getString("borough"), r.getString("candidate_role"), r.getString("assignee"), instant(r, "due_at"),
                    instant(r, "created_at"), InboxTask.Status.valueOf(r.getString("status")), r.getString("completed_by"),
                    instant(r, "completed_at"), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
