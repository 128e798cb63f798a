package uk.stpartnership.engine.runtime;

import uk.stpartnership.engine.model.ElementType;
import uk.stpartnership.engine.model.Node;
import uk.stpartnership.engine.model.ProcessModel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One command's unit of work: the instances it touches, loaded whole (they are small), changed in memory, and written
 * back in batches before the transaction commits.
 */
final class Work {

    static final class Instance {
        final long key;
        final long rootKey;
        final Definitions.Definition definition;
        final Long parentElementKey;
        final Long parentInstanceKey;
        final String correlationKey;
        String state;
        Instant endedAt;
        boolean created;
        boolean changed;

        Instance(long key, long rootKey, Definitions.Definition definition, Long parentElementKey, Long parentInstanceKey,
                 String correlationKey, String state) {
            this.key = key;
            this.rootKey = rootKey;
            this.definition = definition;
            this.parentElementKey = parentElementKey;
            this.parentInstanceKey = parentInstanceKey;
            this.correlationKey = correlationKey;
            this.state = state;
        }

        ProcessModel model() {
            return definition.model();
        }
    }

    static final class Element {
        final long key;
        final long instanceKey;
        final Node node;
        final Long flowScopeKey;
        /** The multi-instance body of its node, whose children are the node's inner instances. */
        final boolean body;
        String state;
        final Map<String, Object> data;
        boolean created;
        boolean changed;
        boolean removed;

        Element(long key, long instanceKey, Node node, Long flowScopeKey, boolean body, String state, Map<String, Object> data) {
            this.key = key;
            this.instanceKey = instanceKey;
            this.node = node;
            this.flowScopeKey = flowScopeKey;
            this.body = body;
            this.state = state;
            this.data = data;
        }

        String elementType() {
            return body ? ElementType.MULTI_INSTANCE_BODY.name() : node.type().name();
        }

        void change(String newState) {
            state = newState;
            changed = true;
        }
    }

    record Statement(String sql, Object[] params) {
    }

    record JournalEntry(Long processInstanceKey, String valueType, String intent, long key, String elementId, String elementType,
                        String bpmnProcessId, Map<String, Object> payload) {
    }

    private record VariableName(long scope, String name) {
    }

    final Connection connection;
    final Instant now;
    private final String schema;
    private final Keys keys;
    private final Definitions definitions;
    private final Map<Long, Instance> instances = new HashMap<>();
    private final Map<Long, Element> elements = new LinkedHashMap<>();
    private final Map<Long, Map<String, Object>> variables = new HashMap<>();
    private final Map<Long, Long> variableInstance = new HashMap<>();
    private final Set<VariableName> writtenVariables = new LinkedHashSet<>();
    private final Set<Long> removedScopes = new HashSet<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<JournalEntry> journal = new ArrayList<>();
    final Set<String> jobTypesCreated = new HashSet<>();
    final Map<Long, Map<String, Object>> endedInstances = new LinkedHashMap<>();
    boolean timersCreated;

    Work(Connection connection, Instant now, String schema, Keys keys, Definitions definitions) {
        this.connection = connection;
        this.now = now;
        this.schema = schema;
        this.keys = keys;
        this.definitions = definitions;
    }

    long nextKey() {
        return keys.next(connection);
    }

    String table(String name) {
        return schema + "." + name;
    }

    // ---- instances and their elements

    Instance instance(long key) {
        Instance loaded = instances.get(key);
        if (loaded != null) {
            return loaded;
        }
        try {
            Instance instance;
            try (PreparedStatement statement = connection.prepareStatement("SELECT root_key, process_definition_key,"
                     + " parent_element_instance_key, parent_process_instance_key, correlation_key, state FROM " + table("process_instance") + " WHERE key = ?")) {
                statement.setLong(1, key);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    long parent = row.getLong("parent_element_instance_key");
                    Long parentElement = row.wasNull() ? null : parent;
                    long parentInstance = row.getLong("parent_process_instance_key");
                    instance = new Instance(key, row.getLong("root_key"), definitions.byKey(connection, row.getLong("process_definition_key")),
                            parentElement, row.wasNull() ? null : parentInstance, row.getString("correlation_key"), row.getString("state"));
                }
            }
            instances.put(key, instance);
            try (PreparedStatement statement = connection.prepareStatement("SELECT key, element_id, element_type, flow_scope_key, state, data FROM "
                    + table("element_instance") + " WHERE process_instance_key = ? ORDER BY key")) {
                statement.setLong(1, key);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long scope = row.getLong("flow_scope_key");
                        Long flowScope = row.wasNull() ? null : scope;
                        Node node = instance.model().element(row.getString("element_id"));
                        boolean body = ElementType.MULTI_INSTANCE_BODY.name().equals(row.getString("element_type"));
                        elements.put(row.getLong("key"), new Element(row.getLong("key"), key, node, flowScope, body, row.getString("state"),
                                Json.readObject(row.getString("data"))));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT scope_key, name, value FROM " + table("variable")
                    + " WHERE process_instance_key = ?")) {
                statement.setLong(1, key);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long scope = row.getLong("scope_key");
                        variables.computeIfAbsent(scope, ignored -> new LinkedHashMap<>()).put(row.getString("name"), Json.read(row.getString("value")));
                        variableInstance.put(scope, key);
                    }
                }
            }
            return instance;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load process instance " + key, e);
        }
    }

    Instance createInstance(long key, long rootKey, Definitions.Definition definition, Long parentElementKey, Long parentInstanceKey,
                            String correlationKey) {
        Instance instance = new Instance(key, rootKey, definition, parentElementKey, parentInstanceKey, correlationKey, "ACTIVE");
        instance.created = true;
        instances.put(key, instance);
        return instance;
    }

    Element element(long key) {
        Element element = elements.get(key);
        return element == null || element.removed ? null : element;
    }

    /** A token reached the node: a multi-instance activity is entered through its body, whose children are the inner instances. */
    Element newElement(long key, Instance instance, Node node, Element flowScope) {
        boolean body = node.multiInstance() != null && (flowScope == null || flowScope.node != node);
        Element element = new Element(key, instance.key, node, flowScope == null ? null : flowScope.key, body, "ACTIVATING",
                new LinkedHashMap<>());
        element.created = true;
        elements.put(key, element);
        return element;
    }

    List<Element> children(Element scope) {
        List<Element> children = new ArrayList<>();
        for (Element element : elements.values()) {
            if (!element.removed && Objects.equals(element.flowScopeKey, scope.key)) {
                children.add(element);
            }
        }
        return children;
    }

    void remove(Element element) {
        element.removed = true;
        Map<String, Object> scope = variables.remove(element.key);
        if (scope != null || !element.created) {
            removedScopes.add(element.key);
        }
    }

    // ---- variables

    Map<String, Object> localVariables(long scope) {
        return variables.getOrDefault(scope, Map.of());
    }

    boolean hasLocal(long scope, String name) {
        return variables.containsKey(scope) && variables.get(scope).containsKey(name);
    }

    void setLocal(long scope, long instanceKey, String name, Object value) {
        Map<String, Object> local = variables.computeIfAbsent(scope, ignored -> new LinkedHashMap<>());
        boolean existed = local.containsKey(name);
        if (existed && Objects.equals(local.get(name), value)) {
            return;
        }
        local.put(name, value);
        variableInstance.put(scope, instanceKey);
        writtenVariables.add(new VariableName(scope, name));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", name);
        payload.put("value", value);
        payload.put("scopeKey", scope);
        Instance instance = instances.get(instanceKey);
        journal(new JournalEntry(instanceKey, "VARIABLE", existed ? "UPDATED" : "CREATED", scope, null, null,
                instance == null ? null : instance.definition.bpmnProcessId(), payload));
    }

    // ---- everything else goes out as statements, in order

    void execute(String sql, Object... params) {
        statements.add(new Statement(sql, params));
    }

    void journal(JournalEntry entry) {
        journal.add(entry);
    }

    List<Map<String, Object>> query(String sql, Object... params) {
        flushStatements();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet row = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        values.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
                    }
                    rows.add(values);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    void flush() {
        for (Instance instance : instances.values()) {
            if (instance.created) {
                execute("INSERT INTO " + table("process_instance") + " (key, root_key, bpmn_process_id, version, process_definition_key,"
                                + " parent_element_instance_key, parent_process_instance_key, correlation_key, state, started_at, ended_at)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        instance.key, instance.rootKey, instance.definition.bpmnProcessId(), instance.definition.version(),
                        instance.definition.key(), instance.parentElementKey, instance.parentInstanceKey, instance.correlationKey, instance.state, now, instance.endedAt);
            } else if (instance.changed) {
                execute("UPDATE " + table("process_instance") + " SET state = ?, ended_at = ? WHERE key = ?", instance.state,
                        instance.endedAt, instance.key);
            }
        }
        if (!removedScopes.isEmpty()) {
            execute("DELETE FROM " + table("variable") + " WHERE scope_key = ANY(?)", (Object) removedScopes.toArray(Long[]::new));
        }
        for (VariableName name : writtenVariables) {
            Map<String, Object> scope = variables.get(name.scope());
            if (scope == null || !scope.containsKey(name.name())) {
                continue;
            }
            execute("INSERT INTO " + table("variable") + " (scope_key, name, process_instance_key, value) VALUES (?,?,?,?::jsonb)"
                            + " ON CONFLICT (scope_key, name) DO UPDATE SET value = EXCLUDED.value",
                    name.scope(), name.name(), variableInstance.get(name.scope()), Json.write(scope.get(name.name())));
        }
        List<Long> deleted = new ArrayList<>();
        for (Element element : elements.values()) {
            if (element.removed) {
                if (!element.created) {
                    deleted.add(element.key);
                }
            } else if (element.created) {
                execute("INSERT INTO " + table("element_instance") + " (key, process_instance_key, element_id, element_type,"
                                + " flow_scope_key, state, data) VALUES (?,?,?,?,?,?,?::jsonb)", element.key, element.instanceKey,
                        element.node.id(), element.elementType(), element.flowScopeKey, element.state, Json.write(element.data));
            } else if (element.changed) {
                execute("UPDATE " + table("element_instance") + " SET state = ?, data = ?::jsonb WHERE key = ?", element.state,
                        Json.write(element.data), element.key);
            }
        }
        if (!deleted.isEmpty()) {
            execute("DELETE FROM " + table("element_instance") + " WHERE key = ANY(?)", (Object) deleted.toArray(Long[]::new));
        }
        for (JournalEntry entry : journal) {
            execute("INSERT INTO " + table("journal") + " (process_instance_key, value_type, intent, key, element_id, element_type,"
                            + " bpmn_process_id, payload, at) VALUES (?,?,?,?,?,?,?,?::jsonb,?)", entry.processInstanceKey(), entry.valueType(),
                    entry.intent(), entry.key(), entry.elementId(), entry.elementType(), entry.bpmnProcessId(),
                    entry.payload() == null ? null : Json.write(entry.payload()), now);
        }
        journal.clear();
        flushStatements();
        instances.values().forEach(instance -> instance.created = instance.changed = false);
        elements.values().removeIf(element -> element.removed);
        elements.values().forEach(element -> element.created = element.changed = false);
        writtenVariables.clear();
        removedScopes.clear();
    }

    private void flushStatements() {
        if (statements.isEmpty()) {
            return;
        }
        try {
            int i = 0;
            while (i < statements.size()) {
                String sql = statements.get(i).sql();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int batched = 0;
                    while (i < statements.size() && statements.get(i).sql().equals(sql)) {
                        bind(statement, statements.get(i).params());
                        statement.addBatch();
                        batched++;
                        i++;
                    }
                    if (batched == 1) {
                        statement.executeUpdate();
                    } else {
                        statement.executeBatch();
                    }
                }
            }
            statements.clear();
        } catch (SQLException e) {
            statements.clear();
            throw new IllegalStateException("Could not write the engine's state: " + e.getMessage(), e);
        }
    }

    private void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            switch (param) {
                case null -> statement.setNull(i + 1, Types.NULL);
                case Instant instant -> statement.setTimestamp(i + 1, Timestamp.from(instant));
                case Long[] longs -> {
                    Array array = connection.createArrayOf("bigint", longs);
                    statement.setArray(i + 1, array);
                }
                case String[] strings -> statement.setArray(i + 1, connection.createArrayOf("text", strings));
                default -> statement.setObject(i + 1, param);
            }
        }
    }
}
