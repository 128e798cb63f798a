package uk.stpartnership.engine.runtime;

import uk.stpartnership.engine.model.ElementType;
import uk.stpartnership.engine.model.Node;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zeebe's BPMN semantics over one unit of work. An element is created as soon as a token reaches it and entered from an
 * agenda; joins and scope completion are settled only when the agenda is empty, when every token has come to rest, so that
 * an inclusive join never fires while a token that could still reach it is on its way.
 */
final class Interpreter {

    static final String ACTIVATING = "ACTIVATING";
    static final String ACTIVATED = "ACTIVATED";
    static final String FAILED = "FAILED";

    private final Work work;
    private final Feel feel;
    private final Definitions definitions;
    private final Deque<Runnable> agenda = new ArrayDeque<>();
    private final Set<Long> touchedScopes = new LinkedHashSet<>();
    private final List<OpenedSubscription> openedSubscriptions = new ArrayList<>();

    private record OpenedSubscription(long elementKey, String targetId, String messageName, String correlationKey) {
    }

    Interpreter(Work work, Feel feel, Definitions definitions) {
        this.work = work;
        this.feel = feel;
        this.definitions = definitions;
    }

    // ---- starting instances

    Work.Instance start(Definitions.Definition definition, Node startEvent, Map<String, Object> variables, Work.Element parent,
                        String correlationKey) {
        long key = work.nextKey();
        Work.Instance parentInstance = parent == null ? null : work.instance(parent.instanceKey);
        Work.Instance instance = work.createInstance(key, parentInstance == null ? key : parentInstance.rootKey, definition,
                parent == null ? null : parent.key, parentInstance == null ? null : parentInstance.key, correlationKey);
        Work.Element process = work.newElement(key, instance, definition.model().process(), null);
        variables.forEach((name, value) -> work.setLocal(key, key, name, value));
        process.change(ACTIVATED);
        record(process, "ELEMENT_ACTIVATED");
        openEventSubprocesses(process);
        Work.Element start = work.newElement(work.nextKey(), instance, startEvent, process);
        agenda.add(() -> enter(start, null));
        return instance;
    }

    /** Runs the agenda until every token waits, settling joins and scopes as tokens come to rest. */
    void run() {
        do {
            while (!agenda.isEmpty()) {
                agenda.poll().run();
            }
        } while (settle() || correlateBufferedMessages());
    }

    // ---- entering and completing elements

    private void enter(Work.Element element, Map<String, Object> eventVariables) {
        if (work.element(element.key) == null) {
            return;
        }
        Node node = element.node;
        try {
            if (element.body) {
                enterBody(element);
                return;
            }
            applyInputs(element);
            switch (node.type()) {
                case PARALLEL_GATEWAY -> activated(element).complete(element, null);
                case START_EVENT -> {
                    activated(element);
                    if (eventVariables != null) {
                        applyEventVariables(element, eventVariables);
                    }
                    complete(element, null);
                }
                case END_EVENT -> endEvent(element);
                case SERVICE_TASK, SEND_TASK, USER_TASK -> {
                    createJob(element);
                    activated(element);
                    openBoundaryEvents(element);
                }
                case SUB_PROCESS -> {
                    activated(element);
                    openBoundaryEvents(element);
                    openEventSubprocesses(element);
                    Work.Element start = work.newElement(work.nextKey(), work.instance(element.instanceKey), node.noneStart(), element);
                    agenda.add(() -> enter(start, null));
                }
                case EVENT_SUB_PROCESS -> {
                    activated(element);
                    Work.Element start = work.newElement(work.nextKey(), work.instance(element.instanceKey), node.eventStart(), element);
                    agenda.add(() -> enter(start, eventVariables == null ? Map.of() : eventVariables));
                }
                case CALL_ACTIVITY -> {
                    startCalledProcess(element);
                    activated(element);
                    openBoundaryEvents(element);
                }
                case EXCLUSIVE_GATEWAY -> {
                    List<Node.Flow> flows = List.of(exclusiveFlow(element));
                    activated(element).complete(element, flows);
                }
                case INCLUSIVE_GATEWAY -> {
                    List<Node.Flow> flows = inclusiveFlows(element);
                    activated(element).complete(element, flows);
                }
                case EVENT_BASED_GATEWAY -> {
                    for (Node event : node.eventGatewayTargets()) {
                        openWait(element, event);
                    }
                    activated(element);
                }
                case INTERMEDIATE_CATCH_EVENT -> {
                    if (eventVariables != null) {
                        activated(element);
                        applyEventVariables(element, eventVariables);
                        complete(element, null);
                    } else {
                        openWait(element, node);
                        activated(element);
                    }
                }
                case BOUNDARY_EVENT -> {
                    activated(element);
                    applyEventVariables(element, eventVariables == null ? Map.of() : eventVariables);
                    complete(element, null);
                }
                default -> throw new IllegalStateException("Cannot enter " + node);
            }
        } catch (Incident incident) {
            element.data.put("failedStep", "ACTIVATE");
            raise(element, incident, null);
        }
    }

    private void endEvent(Work.Element element) {
        switch (element.node.eventKind()) {
            case ERROR -> {
                activated(element);
                if (!throwError(element, element.node.errorCode(), "", Map.of())) {
                    throw new Incident(Incident.Type.UNHANDLED_ERROR_EVENT, "Expected to throw an error event with the code '"
                            + element.node.errorCode() + "', but it was not caught. No error events are available in the scope.");
                }
            }
            case TERMINATE -> {
                Work.Element scope = parent(element);
                activated(element);
                record(element, "ELEMENT_COMPLETED");
                work.remove(element);
                for (Work.Element sibling : work.children(scope)) {
                    terminate(sibling);
                }
                scope.data.remove("joins");
                scope.changed = true;
                touchedScopes.add(scope.key);
            }
            default -> activated(element).complete(element, null);
        }
    }

    private Interpreter activated(Work.Element element) {
        element.change(ACTIVATED);
        record(element, "ELEMENT_ACTIVATED");
        return this;
    }

    /** Completes an element: its output mappings, then its outgoing flows (all of them unless a gateway chose). */
    void complete(Work.Element element, List<Node.Flow> chosen) {
        boolean inner = isInner(element);
        boolean stopEarly;
        try {
            if (!element.body) {
                applyOutputs(element);
            }
            stopEarly = inner && collectOutput(element);
        } catch (Incident incident) {
            element.data.put("failedStep", "COMPLETE");
            if (chosen != null) {
                element.data.put("chosenFlows", chosen.stream().map(Node.Flow::id).toList());
            }
            raise(element, incident, null);
            return;
        }
        Work.Element scope = parent(element);
        removeWaits(element);
        record(element, "ELEMENT_COMPLETED");
        if (element.node.type() == ElementType.PROCESS) {
            Map<String, Object> result = new LinkedHashMap<>(work.localVariables(element.key));
            work.remove(element);
            instanceEnded(element, "COMPLETED", result);
            return;
        }
        if (element.body && element.node.multiInstance().outputCollection() != null) {
            String name = element.node.multiInstance().outputCollection();
            propagate(scope, name, work.localVariables(element.key).get(name));
        }
        work.remove(element);
        if (inner) {
            innerInstanceCompleted(scope, stopEarly);
            return;
        }
        List<Node.Flow> flows = chosen != null ? chosen : element.node.outgoing();
        for (Node.Flow flow : flows) {
            takeFlow(flow, scope, null);
        }
        touchedScopes.add(scope.key);
    }

    private void takeFlow(Node.Flow flow, Work.Element scope, Map<String, Object> eventVariables) {
        work.journal(new Work.JournalEntry(scope.instanceKey, "PROCESS_INSTANCE", "SEQUENCE_FLOW_TAKEN", work.nextKey(), flow.id(),
                "SEQUENCE_FLOW", bpmnProcessId(scope), null));
        Node target = flow.target();
        boolean joins = (target.type() == ElementType.PARALLEL_GATEWAY || target.type() == ElementType.INCLUSIVE_GATEWAY)
                && target.incoming().size() > 1;
        if (joins) {
            arrivals(scope, target.id()).add(flow.id());
            scope.changed = true;
            touchedScopes.add(scope.key);
            return;
        }
        Work.Element next = work.newElement(work.nextKey(), work.instance(scope.instanceKey), target, scope);
        agenda.add(() -> enter(next, eventVariables));
    }

    @SuppressWarnings("unchecked")
    private List<String> arrivals(Work.Element scope, String gatewayId) {
        Map<String, List<String>> joins = (Map<String, List<String>>) scope.data.computeIfAbsent("joins", ignored -> new LinkedHashMap<>());
        return joins.computeIfAbsent(gatewayId, ignored -> new ArrayList<>());
    }

    /** Joins whose tokens are all in, and scopes with nothing left in them, move on. True when anything did. */
    @SuppressWarnings("unchecked")
    private boolean settle() {
        boolean progressed = false;
        List<Long> scopes = new ArrayList<>(touchedScopes);
        touchedScopes.clear();
        for (long key : scopes) {
            Work.Element scope = work.element(key);
            if (scope == null || !ACTIVATED.equals(scope.state)) {
                continue;
            }
            Map<String, List<String>> joins = (Map<String, List<String>>) scope.data.getOrDefault("joins", Map.of());
            for (String gatewayId : List.copyOf(joins.keySet())) {
                Node gateway = work.instance(scope.instanceKey).model().element(gatewayId);
                List<String> arrived = joins.get(gatewayId);
                if (arrived.isEmpty() || !joinCanFire(scope, gateway, arrived, joins)) {
                    continue;
                }
                for (String flowId : Set.copyOf(arrived)) {
                    arrived.remove(flowId);
                }
                if (arrived.isEmpty()) {
                    joins.remove(gatewayId);
                }
                scope.changed = true;
                Work.Element join = work.newElement(work.nextKey(), work.instance(scope.instanceKey), gateway, scope);
                agenda.add(() -> enter(join, null));
                progressed = true;
            }
            if (joins.isEmpty() && work.children(scope).isEmpty()) {
                scope.data.remove("joins");
                complete(scope, null);
                progressed = true;
            }
        }
        return progressed;
    }

    private boolean joinCanFire(Work.Element scope, Node gateway, List<String> arrived, Map<String, List<String>> joins) {
        if (gateway.type() == ElementType.PARALLEL_GATEWAY) {
            return gateway.incoming().stream().allMatch(flow -> arrived.contains(flow.id()));
        }
        // The inclusive join waits only for tokens that can still reach it.
        for (Work.Element child : work.children(scope)) {
            if (child.node.reachable().contains(gateway)) {
                return false;
            }
        }
        for (Map.Entry<String, List<String>> other : joins.entrySet()) {
            if (!other.getKey().equals(gateway.id()) && !other.getValue().isEmpty()
                    && work.instance(scope.instanceKey).model().element(other.getKey()).reachable().contains(gateway)) {
                return false;
            }
        }
        return true;
    }

    // ---- gateways

    private Node.Flow exclusiveFlow(Work.Element gateway) {
        Node node = gateway.node;
        if (node.outgoing().size() == 1 && node.outgoing().getFirst().condition() == null) {
            return node.outgoing().getFirst();
        }
        Map<String, Object> variables = visible(gateway);
        for (Node.Flow flow : node.outgoing()) {
            if (!flow.id().equals(node.defaultFlowId()) && feel.condition(flow.condition(), variables)) {
                return flow;
            }
        }
        return defaultFlow(node);
    }

    private List<Node.Flow> inclusiveFlows(Work.Element gateway) {
        Node node = gateway.node;
        if (node.outgoing().size() == 1 && node.outgoing().getFirst().condition() == null) {
            return node.outgoing();
        }
        Map<String, Object> variables = visible(gateway);
        List<Node.Flow> taken = new ArrayList<>();
        for (Node.Flow flow : node.outgoing()) {
            if (!flow.id().equals(node.defaultFlowId()) && feel.condition(flow.condition(), variables)) {
                taken.add(flow);
            }
        }
        return taken.isEmpty() ? List.of(defaultFlow(node)) : taken;
    }

    private static Node.Flow defaultFlow(Node node) {
        return node.outgoing().stream().filter(flow -> flow.id().equals(node.defaultFlowId())).findFirst()
                .orElseThrow(() -> new Incident(Incident.Type.CONDITION_ERROR,
                        "Expected at least one condition to evaluate to true, or to have a default flow"));
    }

    // ---- jobs

    private void createJob(Work.Element element) {
        Node node = element.node;
        Map<String, Object> variables = visible(element);
        String type = feel.text(node.jobType(), variables, Incident.Type.EXTRACT_VALUE_ERROR);
        int retries;
        try {
            retries = Integer.parseInt(feel.text(node.jobRetries(), variables, Incident.Type.EXTRACT_VALUE_ERROR));
        } catch (NumberFormatException e) {
            throw new Incident(Incident.Type.EXTRACT_VALUE_ERROR, "Expected the job's retries to be a number");
        }
        Map<String, String> headers = new LinkedHashMap<>(node.headers());
        node.userTaskHeaders().forEach((name, expression) -> headers.put(name, userTaskHeader(name, expression, variables)));
        long key = work.nextKey();
        Work.Instance instance = work.instance(element.instanceKey);
        work.execute("INSERT INTO " + work.table("job") + " (key, type, state, root_key, process_instance_key, element_instance_key,"
                        + " element_id, bpmn_process_id, process_definition_key, version, retries, available_at, custom_headers)"
                        + " VALUES (?,?,'ACTIVATABLE',?,?,?,?,?,?,?,?,?,?::jsonb)", key, type, instance.rootKey, instance.key, element.key,
                node.id(), instance.definition.bpmnProcessId(), instance.definition.key(), instance.definition.version(), retries,
                work.now, Json.write(headers));
        element.data.put("jobKey", key);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("retries", retries);
        payload.put("customHeaders", headers);
        work.journal(new Work.JournalEntry(instance.key, "JOB", "CREATED", key, node.id(), node.type().name(),
                instance.definition.bpmnProcessId(), payload));
        work.jobTypesCreated.add(type);
    }

    private String userTaskHeader(String name, Node.Expression expression, Map<String, Object> variables) {
        Object value = feel.value(expression, variables, Incident.Type.EXTRACT_VALUE_ERROR);
        if (name.endsWith("candidateGroups") || name.endsWith("candidateUsers")) {
            List<String> list = value instanceof Collection<?> collection ? collection.stream().map(String::valueOf).toList()
                    : java.util.Arrays.stream(String.valueOf(value).split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
            return Json.write(list);
        }
        if (value == null) {
            throw new Incident(Incident.Type.EXTRACT_VALUE_ERROR, "Expected the user task's " + name + " to have a value, but was null");
        }
        return String.valueOf(value);
    }

    /** A job's worker completed it: its variables, then the element completes. */
    void jobCompleted(Work.Element element, Map<String, Object> variables) {
        element.data.remove("jobKey");
        applyEventVariables(element, variables);
        complete(element, null);
    }

    // ---- timers and messages

    private void openBoundaryEvents(Work.Element activity) {
        if (isInner(activity)) {
            return;
        }
        for (Node boundary : activity.node.boundaryEvents()) {
            if (timerOrMessage(boundary)) {
                openWait(activity, boundary);
            }
        }
    }

    /** Opens the timer or message subscription by which {@code event} will trigger on {@code waiting}. */
    private void openWait(Work.Element waiting, Node event) {
        Work.Instance instance = work.instance(waiting.instanceKey);
        Map<String, Object> variables = visible(waiting);
        if (event.eventKind() == Node.EventKind.TIMER) {
            Timer timer = timer(event, variables);
            work.execute("INSERT INTO " + work.table("timer") + " (key, root_key, process_instance_key, element_instance_key,"
                            + " process_definition_key, element_id, target_element_id, due_at, repetitions, interval) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    work.nextKey(), instance.rootKey, instance.key, waiting.key, instance.definition.key(), waiting.node.id(), event.id(),
                    timer.dueAt(), timer.repetitions(), timer.interval() == null ? null : timer.interval().toString());
            work.timersCreated = true;
        } else {
            String correlationKey = feel.text(event.correlationKey(), variables, Incident.Type.EXTRACT_VALUE_ERROR);
            long key = work.nextKey();
            work.execute("INSERT INTO " + work.table("message_subscription") + " (key, root_key, process_instance_key,"
                            + " element_instance_key, target_element_id, message_name, correlation_key) VALUES (?,?,?,?,?,?,?)",
                    key, instance.rootKey, instance.key, waiting.key, event.id(), event.messageName(), correlationKey);
            openedSubscriptions.add(new OpenedSubscription(waiting.key, event.id(), event.messageName(), correlationKey));
        }
    }

    record Timer(Instant dueAt, int repetitions, Duration interval) {
    }

    Timer timer(Node event, Map<String, Object> variables) {
        String text = feel.text(event.timer(), variables, Incident.Type.EXTRACT_VALUE_ERROR);
        try {
            return switch (event.timerKind()) {
                case DATE -> new Timer(dateTime(text), 1, null);
                case DURATION -> new Timer(plus(work.now, text), 1, null);
                case CYCLE -> cycle(text);
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Incident(Incident.Type.EXTRACT_VALUE_ERROR, "Invalid timer '" + text + "' on " + event.id() + ": " + e.getMessage());
        }
    }

    private Timer cycle(String text) {
        String[] parts = text.split("/");
        if (parts.length < 2 || !parts[0].startsWith("R")) {
            throw new IllegalArgumentException("expected a repeating interval R<n>/<duration> (cron cycles are not supported)");
        }
        int repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
        Instant start = parts.length == 3 ? dateTime(parts[1]) : work.now;
        Duration interval = Duration.between(work.now, plus(work.now, parts[parts.length - 1]));
        return new Timer(parts.length == 3 && start.isAfter(work.now) ? start : start.plus(interval), repetitions, interval);
    }

    static Instant dateTime(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notZoned) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    static Instant plus(Instant from, String duration) {
        String upper = duration.toUpperCase();
        int time = upper.indexOf('T');
        String datePart = time < 0 ? upper : upper.substring(0, time);
        if (datePart.matches("P.*[YMW].*")) {
            Period period = Period.parse(datePart);
            Instant shifted = from.atZone(ZoneOffset.UTC).plus(period).toInstant();
            return time < 0 ? shifted : shifted.plus(Duration.parse("P" + upper.substring(time)));
        }
        return from.plus(Duration.parse(upper));
    }

    /**
     * A timer fell due or a message correlated: trigger {@code target} on the element that waited for it.
     *
     * @return false when the element no longer waits for it
     */
    boolean trigger(Work.Element waiting, String targetId, Map<String, Object> variables) {
        Node target = work.instance(waiting.instanceKey).model().element(targetId);
        Work.Element scope = parent(waiting);
        if (target.type() == ElementType.START_EVENT && target.flowScope().type() == ElementType.EVENT_SUB_PROCESS) {
            startEventSubprocess(waiting, target, variables);
            return true;
        }
        if (target.type() == ElementType.BOUNDARY_EVENT) {
            // A non-interrupting boundary event keeps waiting: its timer's caller reschedules or removes it.
            if (target.interrupting()) {
                terminate(waiting);
            }
            Work.Element boundary = work.newElement(work.nextKey(), work.instance(waiting.instanceKey), target, scope);
            agenda.add(() -> enter(boundary, variables));
            return true;
        }
        if (waiting.node.type() == ElementType.EVENT_BASED_GATEWAY) {
            removeWaits(waiting);
            record(waiting, "ELEMENT_COMPLETED");
            work.remove(waiting);
            Node.Flow flow = waiting.node.outgoing().stream().filter(candidate -> candidate.target() == target).findFirst().orElseThrow();
            takeFlow(flow, scope, variables);
            return true;
        }
        if (waiting.node == target && ACTIVATED.equals(waiting.state)) {
            applyEventVariables(waiting, variables);
            complete(waiting, null);
            return true;
        }
        return false;
    }

    /**
     * Opened subscriptions take the oldest buffered message that is still alive and has not yet reached an instance of
     * their process (a message correlates to one instance of each process).
     */
    private boolean correlateBufferedMessages() {
        if (openedSubscriptions.isEmpty()) {
            return false;
        }
        List<OpenedSubscription> opened = List.copyOf(openedSubscriptions);
        openedSubscriptions.clear();
        boolean correlated = false;
        for (OpenedSubscription subscription : opened) {
            Work.Element waiting = work.element(subscription.elementKey());
            if (waiting == null) {
                continue;
            }
            String bpmnProcessId = bpmnProcessId(waiting);
            List<Map<String, Object>> rows = work.query("SELECT m.key, m.variables::text AS variables FROM " + work.table("message")
                    + " m WHERE m.name = ? AND m.correlation_key = ? AND m.expires_at > ? AND NOT EXISTS (SELECT 1 FROM "
                    + work.table("message_correlation") + " c WHERE c.message_key = m.key AND c.bpmn_process_id = ?) ORDER BY m.key LIMIT 1",
                    subscription.messageName(), subscription.correlationKey(), work.now, bpmnProcessId);
            if (rows.isEmpty()) {
                continue;
            }
            long messageKey = (Long) rows.getFirst().get("key");
            work.execute("INSERT INTO " + work.table("message_correlation") + " (message_key, bpmn_process_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", messageKey, bpmnProcessId);
            correlated(messageKey, waiting.instanceKey, subscription.targetId());
            trigger(waiting, subscription.targetId(), Json.readObject((String) rows.getFirst().get("variables")));
            correlated = true;
        }
        return correlated;
    }

    void correlated(long messageKey, long instanceKey, String elementId) {
        work.journal(new Work.JournalEntry(instanceKey, "MESSAGE", "CORRELATED", messageKey, elementId, null,
                work.instance(instanceKey).definition.bpmnProcessId(), null));
    }

    private void removeWaits(Work.Element element) {
        if (mayWait(element)) {
            work.execute("DELETE FROM " + work.table("timer") + " WHERE element_instance_key = ?", element.key);
            work.execute("DELETE FROM " + work.table("message_subscription") + " WHERE element_instance_key = ?", element.key);
        }
    }

    /**
     * Whether the model gives the element a timer or subscription of its own: most elements (a service task without
     * boundary events) have none, and ending them costs no statement.
     */
    private boolean mayWait(Work.Element element) {
        Node node = element.node;
        if (node.type() == ElementType.INTERMEDIATE_CATCH_EVENT || node.type() == ElementType.EVENT_BASED_GATEWAY) {
            return true;
        }
        boolean boundaries = !isInner(element) && node.boundaryEvents().stream().anyMatch(Interpreter::timerOrMessage);
        boolean eventSubprocesses = node.type().isFlowScope() && !element.body
                && node.eventSubprocesses().stream().anyMatch(eventSubprocess -> timerOrMessage(eventSubprocess.eventStart()));
        return boundaries || eventSubprocesses;
    }

    private static boolean timerOrMessage(Node event) {
        return event.eventKind() == Node.EventKind.TIMER || event.eventKind() == Node.EventKind.MESSAGE;
    }

    // ---- errors

    /** Looks for a catching error event outward from the element; true when one caught it. */
    boolean throwError(Work.Element from, String code, String message, Map<String, Object> variables) {
        for (Work.Element element = from; element != null; element = up(element)) {
            // Inside first: the element's own error event subprocesses, then the boundary events on it.
            if (element.node.type().isFlowScope() && !element.body) {
                Node handler = errorHandler(element.node.eventSubprocesses().stream().map(Node::eventStart).toList(), code);
                if (handler != null) {
                    startEventSubprocess(element, handler, new LinkedHashMap<>(variables));
                    return true;
                }
            }
            if (isInner(element)) {
                continue;
            }
            Node catcher = errorHandler(element.node.boundaryEvents(), code);
            if (catcher != null) {
                Work.Element scope = parent(element);
                terminate(element);
                Work.Element boundary = work.newElement(work.nextKey(), work.instance(element.instanceKey), catcher, scope);
                Map<String, Object> errorVariables = new LinkedHashMap<>(variables);
                agenda.add(() -> enter(boundary, errorVariables));
                work.journal(new Work.JournalEntry(element.instanceKey, "ERROR", "CAUGHT", boundary.key, catcher.id(), "BOUNDARY_EVENT",
                        bpmnProcessId(element), Map.of("errorCode", code)));
                return true;
            }
        }
        return false;
    }

    /** The error event that catches the code: one naming it, else one that catches every error. */
    private static Node errorHandler(List<Node> events, String code) {
        Node catchAll = null;
        for (Node event : events) {
            if (event.eventKind() == Node.EventKind.ERROR) {
                if (code.equals(event.errorCode())) {
                    return event;
                }
                if ((event.errorCode() == null || event.errorCode().isBlank()) && catchAll == null) {
                    catchAll = event;
                }
            }
        }
        return catchAll;
    }

    // ---- event subprocesses

    private void openEventSubprocesses(Work.Element scope) {
        for (Node eventSubprocess : scope.node.eventSubprocesses()) {
            Node start = eventSubprocess.eventStart();
            if (timerOrMessage(start)) {
                openWait(scope, start);
            }
        }
    }

    /**
     * An event subprocess's start event triggered in its scope: an interrupting one ends everything else in the scope and
     * closes the scope's other event subprocesses first.
     */
    private void startEventSubprocess(Work.Element scope, Node start, Map<String, Object> variables) {
        if (start.interrupting()) {
            for (Work.Element child : work.children(scope)) {
                terminate(child);
            }
            String[] starts = scope.node.eventSubprocesses().stream().map(eventSubprocess -> eventSubprocess.eventStart().id())
                    .toArray(String[]::new);
            work.execute("DELETE FROM " + work.table("timer") + " WHERE element_instance_key = ? AND target_element_id = ANY(?)",
                    scope.key, starts);
            work.execute("DELETE FROM " + work.table("message_subscription") + " WHERE element_instance_key = ?"
                    + " AND target_element_id = ANY(?)", scope.key, starts);
            scope.data.remove("joins");
            scope.changed = true;
        }
        Work.Element eventSubprocess = work.newElement(work.nextKey(), work.instance(scope.instanceKey), start.flowScope(), scope);
        agenda.add(() -> enter(eventSubprocess, variables));
    }

    // ---- multi-instance

    /** An inner instance of a multi-instance activity (its flow scope is the activity's body). */
    private boolean isInner(Work.Element element) {
        if (element.node.multiInstance() == null || element.body || element.flowScopeKey == null) {
            return false;
        }
        Work.Element scope = work.element(element.flowScopeKey);
        return scope != null && scope.body && scope.node == element.node;
    }

    private void enterBody(Work.Element body) {
        Node.MultiInstance loop = body.node.multiInstance();
        Object collection = feel.evaluate(loop.inputCollection(), visible(body), Incident.Type.EXTRACT_VALUE_ERROR);
        if (!(collection instanceof List<?> items)) {
            throw new Incident(Incident.Type.EXTRACT_VALUE_ERROR, "Expected result of the expression '" + loop.inputCollection()
                    + "' to be 'ARRAY', but was '" + (collection == null ? "NULL" : collection.getClass().getSimpleName().toUpperCase()) + "'");
        }
        body.data.put("items", new ArrayList<>(items));
        body.data.put("completed", 0);
        if (loop.outputCollection() != null) {
            List<Object> outputs = new ArrayList<>();
            items.forEach(ignored -> outputs.add(null));
            work.setLocal(body.key, body.instanceKey, loop.outputCollection(), outputs);
        }
        activated(body);
        openBoundaryEvents(body);
        if (items.isEmpty()) {
            complete(body, null);
        } else if (loop.sequential()) {
            startInnerInstance(body, 0);
        } else {
            for (int i = 0; i < items.size(); i++) {
                startInnerInstance(body, i);
            }
        }
    }

    private void startInnerInstance(Work.Element body, int index) {
        Node.MultiInstance loop = body.node.multiInstance();
        Work.Element inner = work.newElement(work.nextKey(), work.instance(body.instanceKey), body.node, body);
        if (loop.inputElement() != null) {
            work.setLocal(inner.key, inner.instanceKey, loop.inputElement(), ((List<?>) body.data.get("items")).get(index));
        }
        work.setLocal(inner.key, inner.instanceKey, "loopCounter", index + 1);
        // As in Zeebe: an output element that names a variable is local to each inner instance, so that what a job
        // inside sets under that name stays there until it is collected.
        String outputVariable = loop.outputElement() == null ? null : loop.outputElement().replaceFirst("^=", "").trim();
        if (outputVariable != null && outputVariable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            work.setLocal(inner.key, inner.instanceKey, outputVariable, null);
        }
        agenda.add(() -> enter(inner, null));
    }

    /**
     * Puts an inner instance's output element into the body's output collection, at its place in the input collection.
     *
     * @return whether the completion condition says the remaining instances can stop
     */
    @SuppressWarnings("unchecked")
    private boolean collectOutput(Work.Element inner) {
        Node.MultiInstance loop = inner.node.multiInstance();
        Work.Element body = work.element(inner.flowScopeKey);
        Map<String, Object> variables = visible(inner);
        if (loop.outputCollection() != null && loop.outputElement() != null) {
            Object value = feel.evaluate(loop.outputElement(), variables, Incident.Type.EXTRACT_VALUE_ERROR);
            List<Object> outputs = new ArrayList<>((List<Object>) work.localVariables(body.key).get(loop.outputCollection()));
            outputs.set(((Number) work.localVariables(inner.key).get("loopCounter")).intValue() - 1, value);
            work.setLocal(body.key, body.instanceKey, loop.outputCollection(), outputs);
        }
        if (loop.completionCondition() == null) {
            return false;
        }
        int total = ((List<?>) body.data.get("items")).size();
        int completed = ((Number) body.data.get("completed")).intValue() + 1;
        variables.put("numberOfInstances", total);
        variables.put("numberOfCompletedInstances", completed);
        variables.put("numberOfActiveInstances", work.children(body).size() - 1);
        return feel.condition(loop.completionCondition(), variables);
    }

    private void innerInstanceCompleted(Work.Element body, boolean stopEarly) {
        int completed = ((Number) body.data.get("completed")).intValue() + 1;
        body.data.put("completed", completed);
        body.changed = true;
        touchedScopes.add(body.key);
        if (stopEarly) {
            for (Work.Element other : work.children(body)) {
                terminate(other);
            }
            return;
        }
        int total = ((List<?>) body.data.get("items")).size();
        if (body.node.multiInstance().sequential() && completed < total) {
            startInnerInstance(body, completed);
        }
    }

    /** The enclosing element: the flow scope, or the call activity that started this instance. */
    private Work.Element up(Work.Element element) {
        if (element.flowScopeKey != null) {
            return work.element(element.flowScopeKey);
        }
        Work.Instance instance = work.instance(element.instanceKey);
        if (instance.parentElementKey == null) {
            return null;
        }
        work.instance(instance.parentInstanceKey);
        return work.element(instance.parentElementKey);
    }

    // ---- call activities

    private void startCalledProcess(Work.Element callActivity) {
        String processId = feel.text(callActivity.node.calledProcessId(), visible(callActivity), Incident.Type.EXTRACT_VALUE_ERROR);
        Definitions.Definition definition;
        try {
            definition = definitions.byId(work.connection, processId, -1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (definition == null) {
            throw new Incident(Incident.Type.CALLED_ELEMENT_ERROR, "Expected process with BPMN process id '" + processId
                    + "' to be deployed, but not found.");
        }
        if (definition.model().process().noneStart() == null) {
            throw new Incident(Incident.Type.CALLED_ELEMENT_ERROR, "Expected process '" + processId + "' to have a none start event");
        }
        Map<String, Object> variables = callActivity.node.propagateAllParentVariables() ? visible(callActivity)
                : new LinkedHashMap<>(work.localVariables(callActivity.key));
        Work.Instance child = start(definition, definition.model().process().noneStart(), variables, callActivity, null);
        callActivity.data.put("childInstanceKey", child.key);
    }

    private void instanceEnded(Work.Element process, String state, Map<String, Object> variables) {
        Work.Instance instance = work.instance(process.instanceKey);
        instance.state = state;
        instance.endedAt = work.now;
        instance.changed = true;
        work.endedInstances.put(instance.key, variables);
        if ("COMPLETED".equals(state) && instance.parentElementKey != null) {
            work.instance(instance.parentInstanceKey);
            Work.Element callActivity = work.element(instance.parentElementKey);
            if (callActivity != null) {
                callActivity.data.remove("childInstanceKey");
                if (callActivity.node.propagateAllChildVariables() || !callActivity.node.outputs().isEmpty()) {
                    applyEventVariables(callActivity, variables);
                }
                complete(callActivity, null);
            }
        }
    }

    // ---- termination and incidents

    void terminate(Work.Element element) {
        for (Work.Element child : work.children(element)) {
            terminate(child);
        }
        Object childInstance = element.data.get("childInstanceKey");
        if (childInstance != null) {
            Work.Instance child = work.instance(((Number) childInstance).longValue());
            Work.Element childProcess = child == null ? null : work.element(child.key);
            if (childProcess != null) {
                terminate(childProcess);
            }
        }
        Object jobKey = element.data.get("jobKey");
        if (jobKey != null) {
            long key = ((Number) jobKey).longValue();
            work.execute("DELETE FROM " + work.table("job") + " WHERE key = ?", key);
            work.journal(new Work.JournalEntry(element.instanceKey, "JOB", "CANCELED", key, element.node.id(), element.node.type().name(),
                    bpmnProcessId(element), null));
        }
        removeWaits(element);
        work.execute("DELETE FROM " + work.table("incident") + " WHERE element_instance_key = ?", element.key);
        record(element, "ELEMENT_TERMINATED");
        work.remove(element);
        if (element.node.type() == ElementType.PROCESS) {
            instanceEnded(element, "TERMINATED", Map.of());
        } else {
            touchedScopes.add(element.flowScopeKey);
        }
    }

    /** An incident on the element; one on its job leaves the element as it is, waiting for the job. */
    void raise(Work.Element element, Incident incident, Long jobKey) {
        if (jobKey == null) {
            element.change(FAILED);
        }
        Work.Instance instance = work.instance(element.instanceKey);
        long key = work.nextKey();
        work.execute("INSERT INTO " + work.table("incident") + " (key, root_key, process_instance_key, bpmn_process_id,"
                        + " element_instance_key, element_id, job_key, error_type, message, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                key, instance.rootKey, instance.key, instance.definition.bpmnProcessId(), element.key, element.node.id(), jobKey,
                incident.type.name(), incident.getMessage(), work.now);
        work.journal(new Work.JournalEntry(instance.key, "INCIDENT", "CREATED", key, element.node.id(), element.node.type().name(),
                instance.definition.bpmnProcessId(), Map.of("errorType", incident.type.name(), "errorMessage", incident.getMessage())));
    }

    /** An operator resolved an incident on an element (not a job's): the step that failed runs again. */
    @SuppressWarnings("unchecked")
    void retry(Work.Element element) {
        Object step = element.data.remove("failedStep");
        if ("COMPLETE".equals(step)) {
            element.change(ACTIVATED);
            List<String> chosen = (List<String>) element.data.remove("chosenFlows");
            List<Node.Flow> flows = chosen == null ? null
                    : element.node.outgoing().stream().filter(flow -> chosen.contains(flow.id())).toList();
            complete(element, flows);
        } else {
            element.change(ACTIVATING);
            agenda.add(() -> enter(element, null));
        }
    }

    // ---- variables

    /** Every variable visible from the element: its own, then its scopes' outward (inner names hide outer ones). */
    Map<String, Object> visible(Work.Element element) {
        List<Work.Element> chain = new ArrayList<>();
        for (Work.Element scope = element; scope != null; scope = scope.flowScopeKey == null ? null : work.element(scope.flowScopeKey)) {
            chain.add(scope);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            variables.putAll(work.localVariables(chain.get(i).key));
        }
        return variables;
    }

    /**
     * Variables merged in from a job, a message, an error or a child instance: local when the element maps its outputs,
     * else propagated outward from the element.
     */
    void applyEventVariables(Work.Element element, Map<String, Object> variables) {
        if (!element.node.outputs().isEmpty()) {
            variables.forEach((name, value) -> work.setLocal(element.key, element.instanceKey, name, value));
        } else {
            variables.forEach((name, value) -> propagate(element, name, value));
        }
    }

    /** Sets a variable in the nearest scope (from {@code from} outward) that holds it, else at the instance's root. */
    void propagate(Work.Element from, String name, Object value) {
        Work.Element root = from;
        for (Work.Element scope = from; scope != null; scope = scope.flowScopeKey == null ? null : work.element(scope.flowScopeKey)) {
            if (work.hasLocal(scope.key, name)) {
                work.setLocal(scope.key, scope.instanceKey, name, value);
                return;
            }
            root = scope;
        }
        work.setLocal(root.key, root.instanceKey, name, value);
    }

    private void applyInputs(Work.Element element) {
        if (element.node.inputs().isEmpty()) {
            return;
        }
        // The flow scope's variables, and an inner instance's input element and loop counter.
        Map<String, Object> context = visible(element);
        for (Node.Mapping input : element.node.inputs()) {
            Object value = feel.evaluate(input.source(), context, Incident.Type.IO_MAPPING_ERROR);
            String name = topName(input.target());
            Object merged = nested(input.target(), value, work.localVariables(element.key).get(name));
            work.setLocal(element.key, element.instanceKey, name, merged);
            context.put(name, merged);
        }
    }

    private void applyOutputs(Work.Element element) {
        if (element.node.outputs().isEmpty()) {
            return;
        }
        Map<String, Object> context = visible(element);
        Work.Element scope = parent(element);
        Map<String, Object> outer = visible(scope);
        Map<String, Object> results = new LinkedHashMap<>();
        for (Node.Mapping output : element.node.outputs()) {
            Object value = feel.evaluate(output.source(), context, Incident.Type.IO_MAPPING_ERROR);
            String name = topName(output.target());
            Object current = results.containsKey(name) ? results.get(name) : outer.get(name);
            results.put(name, nested(output.target(), value, current));
        }
        results.forEach((name, value) -> propagate(scope, name, value));
    }

    private static String topName(String target) {
        int dot = target.indexOf('.');
        return dot < 0 ? target : target.substring(0, dot);
    }

    /** A target such as {@code a.b.c} sets a value inside the context {@code a}, keeping its other entries. */
    @SuppressWarnings("unchecked")
    private static Object nested(String target, Object value, Object current) {
        int dot = target.indexOf('.');
        if (dot < 0) {
            return value;
        }
        Map<String, Object> context = current instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
        String rest = target.substring(dot + 1);
        context.put(topName(rest), nested(rest, value, context.get(topName(rest))));
        return context;
    }

    // ---- helpers

    private Work.Element parent(Work.Element element) {
        return element.flowScopeKey == null ? null : work.element(element.flowScopeKey);
    }

    private String bpmnProcessId(Work.Element element) {
        return work.instance(element.instanceKey).definition.bpmnProcessId();
    }

    private void record(Work.Element element, String intent) {
        Map<String, Object> payload = new LinkedHashMap<>();
        if (element.flowScopeKey != null) {
            payload.put("flowScopeKey", element.flowScopeKey);
        }
        Work.Instance instance = work.instance(element.instanceKey);
        if (element.node.type() == ElementType.PROCESS && instance.parentInstanceKey != null) {
            payload.put("parentProcessInstanceKey", instance.parentInstanceKey);
        }
        work.journal(new Work.JournalEntry(element.instanceKey, "PROCESS_INSTANCE", intent, element.key, element.node.id(),
                element.elementType(), instance.definition.bpmnProcessId(), payload));
    }
}
