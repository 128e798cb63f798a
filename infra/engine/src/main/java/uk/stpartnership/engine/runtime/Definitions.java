package uk.stpartnership.engine.runtime;

import uk.stpartnership.engine.model.ModelCompiler;
import uk.stpartnership.engine.model.ProcessModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Deployed process definitions: the XML is kept in the database, compiled once per definition key and cached. */
final class Definitions {

    record Definition(long key, String bpmnProcessId, int version, ProcessModel model) {
    }

    private final ModelCompiler compiler = new ModelCompiler();
    private final Map<Long, Definition> byKey = new ConcurrentHashMap<>();
    private final String table;

    Definitions(String schema) {
        this.table = schema + ".process_definition";
    }

    ModelCompiler compiler() {
        return compiler;
    }

    Definition byKey(Connection connection, long key) throws SQLException {
        Definition cached = byKey.get(key);
        if (cached != null) {
            return cached;
        }
        return load(connection, "SELECT key, bpmn_process_id, version, resource_name, xml FROM " + table + " WHERE key = ?",
                statement -> statement.setLong(1, key));
    }

    /** The definition of a process by id and version, or the latest when version is negative; null when none. */
    Definition byId(Connection connection, String bpmnProcessId, int version) throws SQLException {
        if (version < 0) {
            return load(connection, "SELECT key, bpmn_process_id, version, resource_name, xml FROM " + table
                    + " WHERE bpmn_process_id = ? ORDER BY version DESC LIMIT 1", statement -> statement.setString(1, bpmnProcessId));
        }
        return load(connection, "SELECT key, bpmn_process_id, version, resource_name, xml FROM " + table
                + " WHERE bpmn_process_id = ? AND version = ?", statement -> {
            statement.setString(1, bpmnProcessId);
            statement.setInt(2, version);
        });
    }

    void remember(Definition definition) {
        byKey.put(definition.key(), definition);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Definition load(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                long key = row.getLong("key");
                Definition cached = byKey.get(key);
                if (cached != null) {
                    return cached;
                }
                String bpmnProcessId = row.getString("bpmn_process_id");
                ProcessModel model = compiler.compile(row.getString("resource_name"), row.getBytes("xml")).stream()
                        .filter(candidate -> candidate.bpmnProcessId().equals(bpmnProcessId)).findFirst().orElseThrow();
                Definition definition = new Definition(key, bpmnProcessId, row.getInt("version"), model);
                byKey.put(key, definition);
                return definition;
            }
        }
    }
}
