package uk.stpartnership.engine.runtime;

import uk.stpartnership.engine.api.Operations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations view's reads, straight from the engine's tables and journal. */
final class Queries implements Operations {

    private static final int MAX_PAGE_SIZE = 100;

    private final DataSource dataSource;
    private final String schema;
    private final Definitions definitions;

    Queries(DataSource dataSource, String schema, Definitions definitions) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.definitions = definitions;
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The operations view could not read the engine's state", e);
        }
    }

    private static int size(int size) {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static InstanceSummary summary(ResultSet row) throws SQLException {
        return new InstanceSummary(row.getLong("key"), row.getString("bpmn_process_id"), row.getInt("version"),
                row.getLong("process_definition_key"), row.getString("state"), instant(row, "started_at"), instant(row, "ended_at"));
    }

    @Override
    public List<InstanceSummary> instances(String bpmnProcessId, String state, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT key, bpmn_process_id, version, process_definition_key, state, started_at, ended_at"
                + " FROM " + schema + ".process_instance WHERE true");
        List<Object> params = new ArrayList<>();
        if (bpmnProcessId != null) {
            sql.append(" AND bpmn_process_id = ?");
            params.add(bpmnProcessId);
        }
        if (state != null) {
            sql.append(" AND state = ?");
            params.add(state);
        }
        sql.append(" ORDER BY key DESC LIMIT ? OFFSET ?");
        params.add(size(size));
        params.add((long) Math.max(0, page) * size(size));
        return list(sql.toString(), Queries::summary, params.toArray());
    }

    @Override
    public Optional<InstanceSummary> instance(long processInstanceKey) {
        return list("SELECT key, bpmn_process_id, version, process_definition_key, state, started_at, ended_at FROM " + schema
                + ".process_instance WHERE key = ?", Queries::summary, processInstanceKey).stream().findFirst();
    }

    @Override
    public List<ActiveElement> activeElements(long processInstanceKey) {
        return list("SELECT key, element_id, element_type FROM " + schema + ".element_instance WHERE process_instance_key = ?"
                        + " AND element_type <> 'PROCESS' ORDER BY key",
                row -> new ActiveElement(row.getLong("key"), row.getString("element_id"), row.getString("element_type")), processInstanceKey);
    }

    private static JournalEntry entry(ResultSet row) throws SQLException {
        long instance = row.getLong("process_instance_key");
        String payload = row.getString("payload");
        return new JournalEntry(row.getLong("position"), row.wasNull() ? 0 : instance, row.getString("value_type"), row.getString("intent"),
                row.getLong("key"), row.getString("element_id"), row.getString("element_type"), row.getString("bpmn_process_id"),
                payload == null ? Map.of() : Json.readObject(payload), instant(row, "at"));
    }

    @Override
    public List<JournalEntry> journal(long processInstanceKey) {
        return list("SELECT position, process_instance_key, value_type, intent, key, element_id, element_type, bpmn_process_id,"
                + " payload::text AS payload, at FROM " + schema + ".journal WHERE process_instance_key = ? ORDER BY position",
                Queries::entry, processInstanceKey);
    }

    @Override
    public List<JournalEntry> journalAfter(long position, int limit) {
        return list("SELECT position, process_instance_key, value_type, intent, key, element_id, element_type, bpmn_process_id,"
                + " payload::text AS payload, at FROM " + schema + ".journal WHERE position > ? ORDER BY position LIMIT ?",
                Queries::entry, position, Math.max(1, limit));
    }

    @Override
    public List<IncidentView> openIncidents(int page, int size) {
        return list("SELECT key, process_instance_key, bpmn_process_id, element_instance_key, element_id, job_key, error_type, message,"
                        + " created_at FROM " + schema + ".incident ORDER BY key LIMIT ? OFFSET ?",
                row -> new IncidentView(row.getLong("key"), row.getLong("process_instance_key"), row.getString("bpmn_process_id"),
                        row.getLong("element_instance_key"), row.getString("element_id"), row.getLong("job_key"), row.getString("error_type"),
                        row.getString("message"), instant(row, "created_at")),
                size(size), (long) Math.max(0, page) * size(size));
    }

    /** From the journal, so that an ended instance shows its last values too. */
    @Override
    public Map<String, Object> variables(long processInstanceKey) {
        List<Long> definition = list("SELECT process_definition_key FROM " + schema + ".process_instance WHERE key = ?",
                row -> row.getLong(1), processInstanceKey);
        if (definition.isEmpty()) {
            return Map.of();
        }
        Set<String> sensitive;
        try (Connection connection = dataSource.getConnection()) {
            sensitive = definitions.byKey(connection, definition.getFirst()).model().sensitiveVariables();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (JournalEntry entry : list("SELECT position, process_instance_key, value_type, intent, key, element_id, element_type,"
                + " bpmn_process_id, payload::text AS payload, at FROM " + schema + ".journal WHERE process_instance_key = ?"
                + " AND value_type = 'VARIABLE' AND key = ? ORDER BY position", Queries::entry, processInstanceKey, processInstanceKey)) {
            String name = (String) entry.payload().get("name");
            if (!sensitive.contains(name)) {
                variables.put(name, entry.payload().get("value"));
            }
        }
        return variables;
    }
}
