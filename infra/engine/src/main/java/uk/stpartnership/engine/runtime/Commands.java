package uk.stpartnership.engine.runtime;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.engine.EngineClock;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.CreateInstance;
import uk.stpartnership.engine.api.CreatedInstance;
import uk.stpartnership.engine.api.Deployment;
import uk.stpartnership.engine.api.EngineRejection;
import uk.stpartnership.engine.api.JobActivation;
import uk.stpartnership.engine.api.Message;
import uk.stpartnership.engine.api.Operations;
import uk.stpartnership.engine.api.Resource;
import uk.stpartnership.engine.model.Node;
import uk.stpartnership.engine.model.ProcessModel;
import uk.stpartnership.engine.model.UnsupportedModel;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine's commands. Each runs in one transaction that takes the instance tree's advisory lock, carries the instances
 * as far as they go, and commits before it answers; listeners (long polling, awaited results, the timer sweep) are told
 * only after the commit.
 */
public final class Commands implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);
    private static final long DEPLOYMENT_LOCK = 0x5354_4445_504cL;
    private static final int TIMER_BATCH = 100;

    private final DataSource dataSource;
    private final String schema;
    private final EngineClock clock;
    private final Keys keys;
    private final Definitions definitions;
    private final Feel feel;
    private final Queries queries;
    private final Map<String, List<Runnable>> jobListeners = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Map<String, Object>>> awaitedResults = new ConcurrentHashMap<>();
    private final ReentrantLock timerLock = new ReentrantLock();
    private final Object sweepSignal = new Object();
    private final Thread sweeper;
    private volatile boolean running = true;

    private Commands(DataSource dataSource, String schema, EngineClock clock) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.clock = clock;
        this.keys = new Keys(schema);
        this.definitions = new Definitions(schema);
        this.feel = new Feel(clock);
        this.queries = new Queries(dataSource, schema, definitions);
        this.sweeper = Thread.ofPlatform().daemon().name("engine-timers").unstarted(this::sweep);
    }

    public static Commands start(DataSource dataSource, String schema, EngineClock clock) {
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations("classpath:db/engine").load().migrate();
        Commands commands = new Commands(dataSource, schema, clock);
        commands.sweeper.start();
        return commands;
    }

    public Operations operations() {
        return queries;
    }

    // ---- deployment and instances

    public Deployment deploy(List<Resource> resources) {
        if (resources.isEmpty()) {
            throw EngineRejection.invalid("Expected to deploy at least one resource, but none given");
        }
        record Compiled(Resource resource, String checksum, List<ProcessModel> models) {
        }
        List<Compiled> compiled = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.name().endsWith(".bpmn") && !resource.name().endsWith(".xml")) {
                throw EngineRejection.invalid("Expected a BPMN resource (.bpmn or .xml), but got '" + resource.name() + "'");
            }
            try {
                compiled.add(new Compiled(resource, checksum(resource.content()),
                        definitions.compiler().compile(resource.name(), resource.content())));
            } catch (UnsupportedModel e) {
                throw EngineRejection.invalid("'" + resource.name() + "': " + e.getMessage());
            }
        }
        return inTransaction(work -> {
            work.query("SELECT pg_advisory_xact_lock(?)", DEPLOYMENT_LOCK);
            long deploymentKey = work.nextKey();
            List<Deployment.DeployedProcess> deployed = new ArrayList<>();
            for (Compiled resource : compiled) {
                for (ProcessModel model : resource.models()) {
                    deployed.add(deployProcess(work, deploymentKey, resource.resource(), resource.checksum(), model));
                }
            }
            return new Deployment(deploymentKey, deployed);
        });
    }

    private Deployment.DeployedProcess deployProcess(Work work, long deploymentKey, Resource resource, String checksum, ProcessModel model) {
        List<Map<String, Object>> latest = work.query("SELECT key, version, checksum FROM " + work.table("process_definition")
                + " WHERE bpmn_process_id = ? ORDER BY version DESC LIMIT 1", model.bpmnProcessId());
        if (!latest.isEmpty() && checksum.equals(latest.getFirst().get("checksum"))) {
            return new Deployment.DeployedProcess(model.bpmnProcessId(), (Integer) latest.getFirst().get("version"),
                    (Long) latest.getFirst().get("key"), resource.name());
        }
        int version = latest.isEmpty() ? 1 : (Integer) latest.getFirst().get("version") + 1;
        long key = work.nextKey();
        work.execute("INSERT INTO " + work.table("process_definition") + " (key, bpmn_process_id, version, resource_name, checksum, xml,"
                + " deployment_key, deployed_at) VALUES (?,?,?,?,?,?,?,?)", key, model.bpmnProcessId(), version, resource.name(), checksum,
                resource.content(), deploymentKey, work.now);
        Definitions.Definition definition = new Definitions.Definition(key, model.bpmnProcessId(), version, model);
        definitions.remember(definition);
        // Only the latest version starts on messages and timers.
        work.execute("DELETE FROM " + work.table("message_start") + " WHERE bpmn_process_id = ?", model.bpmnProcessId());
        work.execute("DELETE FROM " + work.table("timer") + " WHERE process_instance_key IS NULL AND process_definition_key IN"
                + " (SELECT key FROM " + work.table("process_definition") + " WHERE bpmn_process_id = ?)", model.bpmnProcessId());
        for (Node start : model.messageStarts()) {
            work.execute("INSERT INTO " + work.table("message_start") + " (bpmn_process_id, process_definition_key, start_event_id,"
                    + " message_name) VALUES (?,?,?,?)", model.bpmnProcessId(), key, start.id(), start.messageName());
        }
        Interpreter interpreter = new Interpreter(work, feel, definitions);
        for (Node start : model.timerStarts()) {
            Interpreter.Timer timer = interpreter.timer(start, Map.of());
            work.execute("INSERT INTO " + work.table("timer") + " (key, process_definition_key, element_id, target_element_id, due_at,"
                            + " repetitions, interval) VALUES (?,?,?,?,?,?,?)", work.nextKey(), key, start.id(), start.id(), timer.dueAt(),
                    timer.repetitions(), timer.interval() == null ? null : timer.interval().toString());
            work.timersCreated = true;
        }
        work.journal(new Work.JournalEntry(null, "PROCESS", "CREATED", key, null, null, model.bpmnProcessId(),
                Map.of("version", version, "resourceName", resource.name())));
        return new Deployment.DeployedProcess(model.bpmnProcessId(), version, key, resource.name());
    }

    public CreatedInstance createInstance(CreateInstance command) {
        return create(command, false).instance();
    }

    public CompletableFuture<CreatedInstance> createInstanceWithResult(CreateInstance command, List<String> fetchVariables) {
        Created created = create(command, true);
        CompletableFuture<CreatedInstance> answer = created.result().thenApply(variables -> {
            Map<String, Object> fetched = new LinkedHashMap<>(variables);
            if (fetchVariables != null && !fetchVariables.isEmpty()) {
                fetched.keySet().retainAll(Set.copyOf(fetchVariables));
            }
            CreatedInstance instance = created.instance();
            return new CreatedInstance(instance.processInstanceKey(), instance.processDefinitionKey(), instance.bpmnProcessId(),
                    instance.version(), fetched);
        });
        // A caller that stops waiting (timeout, cancel) leaves nothing behind for an instance that may never end.
        answer.whenComplete((result, failure) -> {
            if (failure != null) {
                awaitedResults.remove(created.instance().processInstanceKey());
            }
        });
        return answer;
    }

    private record Created(CreatedInstance instance, CompletableFuture<Map<String, Object>> result) {
    }

    private Created create(CreateInstance command, boolean awaitResult) {
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        long[] registered = {0};
        try {
            CreatedInstance instance = inTransaction(work -> {
                Definitions.Definition definition = definition(work, command);
                Node start = definition.model().process().noneStart();
                if (start == null) {
                    throw EngineRejection.invalid("Expected to create an instance of process '" + definition.bpmnProcessId()
                            + "', but it has no none start event");
                }
                Interpreter interpreter = new Interpreter(work, feel, definitions);
                Work.Instance started = interpreter.start(definition, start, command.variables(), null, null);
                if (awaitResult) {
                    registered[0] = started.key;
                    awaitedResults.put(started.key, result);
                }
                interpreter.run();
                return new CreatedInstance(started.key, definition.key(), definition.bpmnProcessId(), definition.version(), Map.of());
            });
            return new Created(instance, result);
        } catch (RuntimeException e) {
            if (registered[0] != 0) {
                awaitedResults.remove(registered[0]);
            }
            throw e;
        }
    }

    private Definitions.Definition definition(Work work, CreateInstance command) {
        try {
            Definitions.Definition definition = command.processDefinitionKey() > 0
                    ? definitions.byKey(work.connection, command.processDefinitionKey())
                    : definitions.byId(work.connection, command.bpmnProcessId(), command.version());
            if (definition == null) {
                throw EngineRejection.notFound(command.processDefinitionKey() > 0
                        ? "Expected to find process definition with key '" + command.processDefinitionKey() + "', but none found"
                        : "Expected to find process definition with process ID '" + command.bpmnProcessId() + "', but none found");
            }
            return definition;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- jobs

    public List<ActivatedJob> activateJobs(JobActivation request) {
        if (request.maxJobs() < 1) {
            throw EngineRejection.invalid("Expected to activate at least one job, but maxJobsToActivate was " + request.maxJobs());
        }
        return inTransaction(work -> {
            Instant deadline = work.now.plus(request.timeout());
            List<Map<String, Object>> rows = work.query("UPDATE " + work.table("job") + " SET state = 'ACTIVATED', worker = ?, deadline = ?"
                    + " WHERE key IN (SELECT key FROM " + work.table("job") + " WHERE type = ? AND ((state = 'ACTIVATABLE' AND available_at <= ?)"
                    + " OR (state = 'ACTIVATED' AND deadline <= ?)) ORDER BY key LIMIT ? FOR UPDATE SKIP LOCKED)"
                    + " RETURNING key, type, process_instance_key, bpmn_process_id, version, process_definition_key, element_id,"
                    + " element_instance_key, custom_headers::text AS headers, retries", request.worker(), deadline, request.type(),
                    work.now, work.now, request.maxJobs());
            if (rows.isEmpty()) {
                return List.of();
            }
            rows.sort((a, b) -> Long.compare((Long) a.get("key"), (Long) b.get("key")));
            Map<Long, Map<String, Object>> variables = jobVariables(work, rows, request.fetchVariables());
            List<ActivatedJob> jobs = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                long key = (Long) row.get("key");
                Map<String, String> headers = new LinkedHashMap<>();
                Json.readObject((String) row.get("headers")).forEach((name, value) -> headers.put(name, String.valueOf(value)));
                jobs.add(new ActivatedJob(key, (String) row.get("type"), (Long) row.get("process_instance_key"),
                        (String) row.get("bpmn_process_id"), (Integer) row.get("version"), (Long) row.get("process_definition_key"),
                        (String) row.get("element_id"), (Long) row.get("element_instance_key"), headers, request.worker(),
                        (Integer) row.get("retries"), deadline.toEpochMilli(), variables.getOrDefault(key, Map.of())));
            }
            return jobs;
        });
    }

    /** The variables each job's element sees, nearest scope first, in one query for the whole batch. */
    private Map<Long, Map<String, Object>> jobVariables(Work work, List<Map<String, Object>> jobs, List<String> names) {
        Long[] keys = jobs.stream().map(row -> (Long) row.get("key")).toArray(Long[]::new);
        String filter = names.isEmpty() ? "" : " WHERE v.name = ANY(?)";
        Object[] params = names.isEmpty() ? new Object[] {keys} : new Object[] {keys, names.toArray(String[]::new)};
        List<Map<String, Object>> rows = work.query("WITH RECURSIVE chain(job_key, scope_key, depth) AS ("
                + " SELECT j.key, j.element_instance_key, 0 FROM " + work.table("job") + " j WHERE j.key = ANY(?)"
                + " UNION ALL SELECT c.job_key, e.flow_scope_key, c.depth + 1 FROM chain c JOIN " + work.table("element_instance")
                + " e ON e.key = c.scope_key WHERE e.flow_scope_key IS NOT NULL)"
                + " SELECT c.job_key, c.depth, v.name, v.value::text AS value FROM chain c JOIN " + work.table("variable")
                + " v ON v.scope_key = c.scope_key" + filter + " ORDER BY c.job_key, c.depth DESC", params);
        Map<Long, Map<String, Object>> variables = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            // Outer scopes first, so that an inner variable of the same name wins.
            variables.computeIfAbsent((Long) row.get("job_key"), ignored -> new LinkedHashMap<>())
                    .put((String) row.get("name"), Json.read((String) row.get("value")));
        }
        return variables;
    }

    public Runnable whenJobsAvailable(String type, Runnable listener) {
        List<Runnable> listeners = jobListeners.computeIfAbsent(type, ignored -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void completeJob(long jobKey, Map<String, Object> variables) {
        onJob(jobKey, "complete", (work, job) -> {
            requireState(job, "complete", "ACTIVATABLE", "ACTIVATED");
            work.execute("DELETE FROM " + work.table("job") + " WHERE key = ?", jobKey);
            journalJob(work, job, "COMPLETED", Map.of("variables", variables));
            Interpreter interpreter = new Interpreter(work, feel, definitions);
            interpreter.jobCompleted(element(work, job), variables);
            interpreter.run();
        });
    }

    public void failJob(long jobKey, int retries, String errorMessage, Duration retryBackoff, Map<String, Object> variables) {
        onJob(jobKey, "fail", (work, job) -> {
            requireState(job, "fail", "ACTIVATED");
            Work.Element element = element(work, job);
            variables.forEach((name, value) -> work.setLocal(element.key, element.instanceKey, name, value));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("retries", retries);
            payload.put("errorMessage", errorMessage);
            journalJob(work, job, "FAILED", payload);
            if (retries > 0) {
                Duration backoff = retryBackoff == null ? Duration.ZERO : retryBackoff;
                work.execute("UPDATE " + work.table("job") + " SET state = 'ACTIVATABLE', retries = ?, available_at = ?, deadline = NULL,"
                        + " worker = NULL, error_message = ? WHERE key = ?", retries, work.now.plus(backoff), errorMessage, jobKey);
                if (backoff.isZero()) {
                    work.jobTypesCreated.add((String) job.get("type"));
                }
            } else {
                work.execute("UPDATE " + work.table("job") + " SET state = 'FAILED', retries = 0, deadline = NULL, error_message = ?"
                        + " WHERE key = ?", errorMessage, jobKey);
                String message = errorMessage == null || errorMessage.isBlank() ? "No more retries left." : errorMessage;
                new Interpreter(work, feel, definitions).raise(element, new Incident(Incident.Type.JOB_NO_RETRIES, message), jobKey);
            }
        });
    }

    public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
        onJob(jobKey, "throw an error for", (work, job) -> {
            requireState(job, "throw an error for", "ACTIVATABLE", "ACTIVATED");
            Work.Element element = element(work, job);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("errorCode", errorCode);
            payload.put("errorMessage", errorMessage);
            payload.put("variables", variables);
            journalJob(work, job, "ERROR_THROWN", payload);
            Interpreter interpreter = new Interpreter(work, feel, definitions);
            // A catching event terminates the element, and with it the job.
            if (interpreter.throwError(element, errorCode, errorMessage, variables)) {
                interpreter.run();
                return;
            }
            // Nothing catches it: the job stays, thrown, with an incident on its element.
            work.execute("UPDATE " + work.table("job") + " SET state = 'ERROR_THROWN', error_message = ? WHERE key = ?", errorMessage, jobKey);
            interpreter.raise(element, new Incident(Incident.Type.UNHANDLED_ERROR_EVENT, "Expected to throw an error event with the code '"
                    + errorCode + "' with message '" + errorMessage + "', but it was not caught. No error events are available in the scope."),
                    jobKey);
        });
    }

    public void updateJobRetries(long jobKey, int retries) {
        if (retries < 1) {
            throw EngineRejection.invalid("Expected retries to be at least 1, but it was " + retries);
        }
        onJob(jobKey, "update the retries of", (work, job) -> {
            work.execute("UPDATE " + work.table("job") + " SET retries = ? WHERE key = ?", retries, jobKey);
            journalJob(work, job, "RETRIES_UPDATED", Map.of("retries", retries));
        });
    }

    public void updateJobTimeout(long jobKey, Duration timeout) {
        onJob(jobKey, "update the timeout of", (work, job) -> {
            requireState(job, "update the timeout of", "ACTIVATED");
            work.execute("UPDATE " + work.table("job") + " SET deadline = ? WHERE key = ?", work.now.plus(timeout), jobKey);
            journalJob(work, job, "TIMEOUT_UPDATED", Map.of("timeoutMillis", timeout.toMillis()));
        });
    }

    private interface JobStep {
        void run(Work work, Map<String, Object> job);
    }

    private void onJob(long jobKey, String action, JobStep step) {
        inTransaction(work -> {
            lockRootOf(work, "SELECT root_key FROM " + work.table("job") + " WHERE key = ?", jobKey,
                    () -> EngineRejection.notFound("Expected to " + action + " job with key '" + jobKey + "', but no such job was found"));
            List<Map<String, Object>> rows = work.query("SELECT key, type, state, process_instance_key, element_instance_key, element_id,"
                    + " bpmn_process_id, retries FROM " + work.table("job") + " WHERE key = ?", jobKey);
            if (rows.isEmpty()) {
                throw EngineRejection.notFound("Expected to " + action + " job with key '" + jobKey + "', but no such job was found");
            }
            step.run(work, rows.getFirst());
            return null;
        });
    }

    private static void requireState(Map<String, Object> job, String action, String... states) {
        String state = (String) job.get("state");
        for (String allowed : states) {
            if (allowed.equals(state)) {
                return;
            }
        }
        throw EngineRejection.failedPrecondition("Expected to " + action + " job with key '" + job.get("key") + "', but it is in state '"
                + state + "'");
    }

    private Work.Element element(Work work, Map<String, Object> job) {
        work.instance((Long) job.get("process_instance_key"));
        Work.Element element = work.element((Long) job.get("element_instance_key"));
        if (element == null) {
            throw new IllegalStateException("Job " + job.get("key") + " has no element instance");
        }
        return element;
    }

    private static void journalJob(Work work, Map<String, Object> job, String intent, Map<String, Object> payload) {
        Map<String, Object> withType = new LinkedHashMap<>(payload);
        withType.put("type", job.get("type"));
        work.journal(new Work.JournalEntry((Long) job.get("process_instance_key"), "JOB", intent, (Long) job.get("key"),
                (String) job.get("element_id"), null, (String) job.get("bpmn_process_id"), withType));
    }

    // ---- messages and variables

    public long publishMessage(Message message) {
        if (message.name() == null || message.name().isBlank()) {
            throw EngineRejection.invalid("Expected a message name, but none given");
        }
        return inTransaction(work -> {
            long key = work.nextKey();
            boolean buffered = !message.timeToLive().isZero() && !message.timeToLive().isNegative();
            if (buffered) {
                if (!message.messageId().isEmpty()) {
                    work.execute("DELETE FROM " + work.table("message") + " WHERE name = ? AND correlation_key = ? AND message_id = ?"
                            + " AND expires_at <= ?", message.name(), message.correlationKey(), message.messageId(), work.now);
                }
                List<Map<String, Object>> inserted = work.query("INSERT INTO " + work.table("message") + " (key, name, correlation_key,"
                                + " message_id, variables, published_at, expires_at) VALUES (?,?,?,?,?::jsonb,?,?)"
                                + " ON CONFLICT (name, correlation_key, message_id) WHERE message_id <> '' DO NOTHING RETURNING key",
                        key, message.name(), message.correlationKey(), message.messageId(), Json.write(message.variables()), work.now,
                        work.now.plus(message.timeToLive()));
                if (inserted.isEmpty()) {
                    throw new EngineRejection(EngineRejection.Kind.ALREADY_EXISTS, "Expected to publish a new message with id '"
                            + message.messageId() + "', but a message with that id was already published");
                }
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("name", message.name());
            payload.put("correlationKey", message.correlationKey());
            payload.put("messageId", message.messageId());
            payload.put("timeToLive", message.timeToLive().toMillis());
            payload.put("variables", message.variables());
            work.journal(new Work.JournalEntry(null, "MESSAGE", "PUBLISHED", key, null, null, null, payload));
            correlate(work, key, message, buffered);
            return key;
        });
    }

    /**
     * Reaches one instance of each process at most, as in Zeebe. A buffered message's reach is written before the
     * instances move on, so that a subscription they open again (a subprocess it interrupted, entered again) does not
     * take it a second time.
     */
    private void correlate(Work work, long messageKey, Message message, boolean buffered) {
        List<Map<String, Object>> subscriptions = work.query("SELECT key, root_key, process_instance_key, element_instance_key,"
                + " target_element_id FROM " + work.table("message_subscription") + " WHERE message_name = ? AND correlation_key = ?"
                + " ORDER BY root_key, key", message.name(), message.correlationKey());
        Set<Long> roots = new TreeSet<>();
        subscriptions.forEach(row -> roots.add((Long) row.get("root_key")));
        roots.forEach(root -> lock(work, root));
        Interpreter interpreter = new Interpreter(work, feel, definitions);
        Set<String> correlated = new LinkedHashSet<>();
        for (Map<String, Object> subscription : subscriptions) {
            long instanceKey = (Long) subscription.get("process_instance_key");
            // Re-read under the lock: a command that held it may have closed the subscription.
            if (work.query("SELECT 1 FROM " + work.table("message_subscription") + " WHERE key = ?", subscription.get("key")).isEmpty()) {
                continue;
            }
            Work.Instance instance = work.instance(instanceKey);
            if (instance == null || correlated.contains(instance.definition.bpmnProcessId())) {
                continue;
            }
            Work.Element waiting = work.element((Long) subscription.get("element_instance_key"));
            String target = (String) subscription.get("target_element_id");
            if (waiting != null && interpreter.trigger(waiting, target, new LinkedHashMap<>(message.variables()))) {
                interpreter.correlated(messageKey, instanceKey, target);
                correlated.add(instance.definition.bpmnProcessId());
            }
        }
        for (Map<String, Object> start : work.query("SELECT bpmn_process_id, process_definition_key, start_event_id FROM "
                + work.table("message_start") + " WHERE message_name = ? ORDER BY bpmn_process_id", message.name())) {
            String bpmnProcessId = (String) start.get("bpmn_process_id");
            if (correlated.contains(bpmnProcessId)) {
                continue;
            }
            if (!message.correlationKey().isEmpty()) {
                // One instance per correlation key at a time, as in Zeebe.
                work.query("SELECT pg_advisory_xact_lock(?)", (long) (bpmnProcessId + "\u0000" + message.correlationKey()).hashCode());
                if (!work.query("SELECT 1 FROM " + work.table("process_instance") + " WHERE bpmn_process_id = ? AND correlation_key = ?"
                        + " AND state = 'ACTIVE'", bpmnProcessId, message.correlationKey()).isEmpty()) {
                    continue;
                }
            }
            Definitions.Definition definition;
            try {
                definition = definitions.byKey(work.connection, (Long) start.get("process_definition_key"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Node startEvent = definition.model().element((String) start.get("start_event_id"));
            Work.Instance instance = interpreter.start(definition, startEvent, new LinkedHashMap<>(message.variables()), null,
                    message.correlationKey().isEmpty() ? null : message.correlationKey());
            interpreter.correlated(messageKey, instance.key, startEvent.id());
            correlated.add(bpmnProcessId);
        }
        if (buffered) {
            for (String bpmnProcessId : correlated) {
                work.execute("INSERT INTO " + work.table("message_correlation") + " (message_key, bpmn_process_id) VALUES (?, ?)",
                        messageKey, bpmnProcessId);
            }
        }
        interpreter.run();
    }

    public long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) {
        return inTransaction(work -> {
            lockRootOf(work, "SELECT p.root_key FROM " + work.table("element_instance") + " e JOIN " + work.table("process_instance")
                    + " p ON p.key = e.process_instance_key WHERE e.key = ?", elementInstanceKey,
                    () -> EngineRejection.notFound("Expected to update variables for element with key '" + elementInstanceKey
                            + "', but no such element was found"));
            List<Map<String, Object>> rows = work.query("SELECT process_instance_key FROM " + work.table("element_instance")
                    + " WHERE key = ?", elementInstanceKey);
            if (rows.isEmpty()) {
                throw EngineRejection.notFound("Expected to update variables for element with key '" + elementInstanceKey
                        + "', but no such element was found");
            }
            work.instance((Long) rows.getFirst().get("process_instance_key"));
            Work.Element element = work.element(elementInstanceKey);
            Interpreter interpreter = new Interpreter(work, feel, definitions);
            variables.forEach((name, value) -> {
                if (local) {
                    work.setLocal(element.key, element.instanceKey, name, value);
                } else {
                    interpreter.propagate(element, name, value);
                }
            });
            return work.nextKey();
        });
    }

    public void cancelInstance(long processInstanceKey) {
        inTransaction(work -> {
            long root = lockRootOf(work, "SELECT root_key FROM " + work.table("process_instance") + " WHERE key = ? AND state = 'ACTIVE'",
                    processInstanceKey, () -> EngineRejection.notFound("Expected to cancel a process instance with key '"
                            + processInstanceKey + "', but no such process was found"));
            if (root != processInstanceKey) {
                throw EngineRejection.failedPrecondition("Expected to cancel a process instance with key '" + processInstanceKey
                        + "', but it is created by a parent process instance. Cancel the root process instance instead.");
            }
            Work.Instance instance = work.instance(processInstanceKey);
            Work.Element process = instance == null ? null : work.element(processInstanceKey);
            if (process == null) {
                throw EngineRejection.notFound("Expected to cancel a process instance with key '" + processInstanceKey
                        + "', but no such process was found");
            }
            Interpreter interpreter = new Interpreter(work, feel, definitions);
            interpreter.terminate(process);
            interpreter.run();
            return null;
        });
    }

    public void resolveIncident(long incidentKey) {
        inTransaction(work -> {
            lockRootOf(work, "SELECT root_key FROM " + work.table("incident") + " WHERE key = ?", incidentKey,
                    () -> EngineRejection.notFound("Expected to resolve incident with key '" + incidentKey + "', but no such incident was found"));
            List<Map<String, Object>> rows = work.query("SELECT process_instance_key, element_instance_key, element_id, job_key,"
                    + " bpmn_process_id FROM " + work.table("incident") + " WHERE key = ?", incidentKey);
            if (rows.isEmpty()) {
                throw EngineRejection.notFound("Expected to resolve incident with key '" + incidentKey + "', but no such incident was found");
            }
            Map<String, Object> incident = rows.getFirst();
            Long jobKey = (Long) incident.get("job_key");
            if (jobKey != null) {
                List<Map<String, Object>> jobs = work.query("SELECT type, state, retries FROM " + work.table("job") + " WHERE key = ?", jobKey);
                if (!jobs.isEmpty()) {
                    Map<String, Object> job = jobs.getFirst();
                    if ("FAILED".equals(job.get("state")) && (Integer) job.get("retries") < 1) {
                        throw EngineRejection.failedPrecondition("Expected to resolve incident with key '" + incidentKey
                                + "', but the job has no retries left: update its retries first");
                    }
                    work.execute("UPDATE " + work.table("job") + " SET state = 'ACTIVATABLE', available_at = ?, deadline = NULL, worker = NULL"
                            + " WHERE key = ?", work.now, jobKey);
                    work.jobTypesCreated.add((String) job.get("type"));
                }
            }
            work.execute("DELETE FROM " + work.table("incident") + " WHERE key = ?", incidentKey);
            long instanceKey = (Long) incident.get("process_instance_key");
            work.journal(new Work.JournalEntry(instanceKey, "INCIDENT", "RESOLVED", incidentKey, (String) incident.get("element_id"), null,
                    (String) incident.get("bpmn_process_id"), null));
            if (jobKey == null) {
                work.instance(instanceKey);
                Work.Element element = work.element((Long) incident.get("element_instance_key"));
                if (element != null) {
                    Interpreter interpreter = new Interpreter(work, feel, definitions);
                    interpreter.retry(element);
                    interpreter.run();
                }
            }
            return null;
        });
    }

    // ---- timers

    public void clockMoved() {
        synchronized (sweepSignal) {
            sweepSignal.notifyAll();
        }
    }

    /** Runs every timer that is due now, and returns once none is (the sweep waits meanwhile). */
    public void runDueTimers() {
        timerLock.lock();
        try {
            while (runDueBatch() > 0) {
                // until none is due
            }
        } finally {
            timerLock.unlock();
        }
    }

    private void sweep() {
        Instant swept = clock.instant();
        while (running) {
            try {
                timerLock.lock();
                try {
                    runDueBatch();
                } finally {
                    timerLock.unlock();
                }
                Instant now = clock.instant();
                announceJobsFreedSince(swept);
                swept = now;
                waitForNextTimer();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("The timer sweep failed; it tries again in a second", e);
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    /**
     * Tells long polls of the jobs that became activatable again since the last sweep: a retry backoff that ended, or a
     * worker's lock that ran out.
     */
    private void announceJobsFreedSince(Instant since) {
        List<Map<String, Object>> types = inTransaction(work -> work.query("SELECT DISTINCT type FROM " + work.table("job")
                + " WHERE (state = 'ACTIVATABLE' AND available_at > ? AND available_at <= ?)"
                + " OR (state = 'ACTIVATED' AND deadline > ? AND deadline <= ?)", since, work.now, since, work.now));
        types.forEach(row -> notifyJobListeners((String) row.get("type")));
    }

    private void waitForNextTimer() {
        Long[] next = {null};
        inTransaction(work -> {
            List<Map<String, Object>> rows = work.query("SELECT min(due_at) AS next FROM " + work.table("timer"));
            Object due = rows.getFirst().get("next");
            next[0] = due == null ? null : ((Timestamp) due).toInstant().toEpochMilli();
            work.execute("DELETE FROM " + work.table("message") + " WHERE expires_at < ?", work.now.minus(Duration.ofMinutes(1)));
            return null;
        });
        long waitMillis = next[0] == null ? 1000 : Math.min(1000, Math.max(0, next[0] - clock.instant().toEpochMilli()));
        if (waitMillis > 0) {
            synchronized (sweepSignal) {
                try {
                    sweepSignal.wait(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    private int runDueBatch() {
        List<Map<String, Object>> due = inTransaction(work -> work.query("SELECT key, root_key, process_definition_key FROM "
                + work.table("timer") + " WHERE due_at <= ? ORDER BY due_at, key LIMIT " + TIMER_BATCH, work.now));
        for (Map<String, Object> timer : due) {
            triggerTimer((Long) timer.get("key"), (Long) timer.get("root_key"), (Long) timer.get("process_definition_key"));
        }
        return due.size();
    }

    private void triggerTimer(long timerKey, Long root, long definitionKey) {
        inTransaction(work -> {
            lock(work, root != null ? root : definitionKey);
            List<Map<String, Object>> rows = work.query("SELECT process_instance_key, element_instance_key, target_element_id, due_at,"
                    + " repetitions, interval FROM " + work.table("timer") + " WHERE key = ? AND due_at <= ?", timerKey, work.now);
            if (rows.isEmpty()) {
                return null;
            }
            Map<String, Object> timer = rows.getFirst();
            String target = (String) timer.get("target_element_id");
            int repetitions = (Integer) timer.get("repetitions");
            String interval = (String) timer.get("interval");
            boolean again = interval != null && repetitions != 1;
            if (again) {
                Instant next = ((Timestamp) timer.get("due_at")).toInstant().plus(Duration.parse(interval));
                work.execute("UPDATE " + work.table("timer") + " SET due_at = ?, repetitions = ? WHERE key = ?", next,
                        repetitions < 0 ? -1 : repetitions - 1, timerKey);
            } else {
                work.execute("DELETE FROM " + work.table("timer") + " WHERE key = ?", timerKey);
            }
            Interpreter interpreter = new Interpreter(work, feel, definitions);
            Long instanceKey = (Long) timer.get("process_instance_key");
            work.journal(new Work.JournalEntry(instanceKey, "TIMER", "TRIGGERED", timerKey, target, null, null, null));
            if (instanceKey == null) {
                Definitions.Definition definition;
                try {
                    definition = definitions.byKey(work.connection, definitionKey);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                interpreter.start(definition, definition.model().element(target), new LinkedHashMap<>(), null, null);
            } else if (work.instance(instanceKey) != null) {
                Work.Element waiting = work.element((Long) timer.get("element_instance_key"));
                if (waiting != null) {
                    interpreter.trigger(waiting, target, new LinkedHashMap<>());
                }
            }
            interpreter.run();
            return null;
        });
    }

    // ---- transactions

    private void lock(Work work, long root) {
        work.query("SELECT pg_advisory_xact_lock(?)", root);
    }

    /**
     * Finds the instance tree a record belongs to and takes its lock, in the command's own transaction: the caller reads the
     * record again under the lock, since a command that held it may have changed it.
     */
    private long lockRootOf(Work work, String sql, long key, Supplier<EngineRejection> missing) {
        List<Map<String, Object>> rows = work.query(sql, key);
        if (rows.isEmpty()) {
            throw missing.get();
        }
        long root = (Long) rows.getFirst().values().iterator().next();
        lock(work, root);
        return root;
    }

    private <T> T inTransaction(Function<Work, T> body) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                Work work = new Work(connection, clock.instant(), schema, keys, definitions);
                try {
                    T result = body.apply(work);
                    work.flush();
                    connection.commit();
                    afterCommit(work);
                    return result;
                } catch (RuntimeException e) {
                    connection.rollback();
                    if (attempt < 5 && isConflict(e)) {
                        continue;
                    }
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < 5 && isConflict(e)) {
                    continue;
                }
                throw new IllegalStateException("The engine's database failed: " + e.getMessage(), e);
            }
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private void notifyJobListeners(String type) {
        List<Runnable> listeners = jobListeners.get(type);
        if (listeners != null) {
            for (Runnable listener : List.copyOf(listeners)) {
                listeners.remove(listener);
                listener.run();
            }
        }
    }

    private void afterCommit(Work work) {
        work.jobTypesCreated.forEach(this::notifyJobListeners);
        work.endedInstances.forEach((key, variables) -> {
            CompletableFuture<Map<String, Object>> awaited = awaitedResults.remove(key);
            if (awaited != null) {
                awaited.complete(variables);
            }
        });
        if (work.timersCreated) {
            clockMoved();
        }
    }

    private static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        clockMoved();
        try {
            sweeper.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitedResults.values().forEach(result -> result.cancel(false));
    }
}
