package uk.stpartnership.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of a compiled process. Built once by {@link ModelCompiler}, then only read: the fields are filled while
 * compiling, which is why they are not final.
 */
public final class Node {

    public enum EventKind { NONE, TIMER, MESSAGE, ERROR, TERMINATE }

    public enum TimerKind { DATE, DURATION, CYCLE }

    public record Mapping(String source, String target) {
    }

    public record Flow(String id, Node source, Node target, String condition) {
    }

    /** Zeebe's multi-instance loop: the collection, its element's name, the collected output, when to stop early. */
    public record MultiInstance(boolean sequential, String inputCollection, String inputElement, String outputCollection,
                                String outputElement, String completionCondition) {
    }

    /** A Zeebe expression: FEEL when it starts with '=', else a literal. */
    public record Expression(String text) {

        public boolean isFeel() {
            return text.startsWith("=");
        }

        public String feel() {
            return text.substring(1);
        }
    }

    final String id;
    final String name;
    final ElementType type;
    Node flowScope;
    final List<Flow> incoming = new ArrayList<>();
    final List<Flow> outgoing = new ArrayList<>();
    String defaultFlowId;
    final List<Mapping> inputs = new ArrayList<>();
    final List<Mapping> outputs = new ArrayList<>();
    // Job-worker tasks
    Expression jobType;
    Expression jobRetries;
    final Map<String, String> headers = new LinkedHashMap<>();
    final Map<String, Expression> userTaskHeaders = new LinkedHashMap<>();
    // Events
    EventKind eventKind = EventKind.NONE;
    TimerKind timerKind;
    Expression timer;
    String messageName;
    Expression correlationKey;
    String errorCode;
    boolean interrupting = true;
    Node attachedTo;
    final List<Node> boundaryEvents = new ArrayList<>();
    MultiInstance multiInstance;
    // Flow scopes
    final List<Node> children = new ArrayList<>();
    Node noneStart;
    final List<Node> eventSubprocesses = new ArrayList<>();
    /** An event subprocess's start event: what triggers it. */
    Node eventStart;
    // Call activities
    Expression calledProcessId;
    boolean propagateAllChildVariables = true;
    boolean propagateAllParentVariables = true;
    /** The elements a token here can still reach inside its flow scope (for the inclusive join). */
    Set<Node> reachable = Set.of();

    Node(String id, String name, ElementType type) {
        this.id = id;
        this.name = name;
        this.type = type;
    }

    public String id() { return id; }
    public String name() { return name; }
    public ElementType type() { return type; }
    public Node flowScope() { return flowScope; }
    public List<Flow> incoming() { return incoming; }
    public List<Flow> outgoing() { return outgoing; }
    public String defaultFlowId() { return defaultFlowId; }
    public List<Mapping> inputs() { return inputs; }
    public List<Mapping> outputs() { return outputs; }
    public Expression jobType() { return jobType; }
    public Expression jobRetries() { return jobRetries; }
    public Map<String, String> headers() { return headers; }
    public Map<String, Expression> userTaskHeaders() { return userTaskHeaders; }
    public EventKind eventKind() { return eventKind; }
    public TimerKind timerKind() { return timerKind; }
    public Expression timer() { return timer; }
    public String messageName() { return messageName; }
    public Expression correlationKey() { return correlationKey; }
    public String errorCode() { return errorCode; }
    public boolean interrupting() { return interrupting; }
    public Node attachedTo() { return attachedTo; }
    public List<Node> boundaryEvents() { return boundaryEvents; }
    public List<Node> children() { return children; }
    public Node noneStart() { return noneStart; }
    public List<Node> eventSubprocesses() { return eventSubprocesses; }
    public Node eventStart() { return eventStart; }
    public MultiInstance multiInstance() { return multiInstance; }
    public Expression calledProcessId() { return calledProcessId; }
    public boolean propagateAllChildVariables() { return propagateAllChildVariables; }
    public boolean propagateAllParentVariables() { return propagateAllParentVariables; }
    public Set<Node> reachable() { return reachable; }

    /** The catch events an event-based gateway waits for. */
    public List<Node> eventGatewayTargets() {
        return outgoing.stream().map(Flow::target).toList();
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
