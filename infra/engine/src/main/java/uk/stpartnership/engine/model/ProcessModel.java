package uk.stpartnership.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled process: its elements by id, its start events, and the variables its model marks as sensitive (a process
 * extension property {@code sensitiveVariables}, comma-separated), which the operations view never shows.
 */
public record ProcessModel(String bpmnProcessId, Node process, Map<String, Node> elements, List<Node> messageStarts,
                           List<Node> timerStarts, Set<String> sensitiveVariables) {

    public Node element(String id) {
        Node node = elements.get(id);
        if (node == null) {
            throw new IllegalStateException("No element " + id + " in " + bpmnProcessId);
        }
        return node;
    }
}
