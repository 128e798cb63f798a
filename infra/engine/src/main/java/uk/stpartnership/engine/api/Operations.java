package uk.stpartnership.engine.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a single-server operator reads (the operations view): instances, their history, incidents, variables. */
public interface Operations {

    /** @param bpmnProcessId null for every process; @param state null, ACTIVE, COMPLETED or TERMINATED */
    List<InstanceSummary> instances(String bpmnProcessId, String state, int page, int size);

    Optional<InstanceSummary> instance(long processInstanceKey);

    /** The elements of an instance that are active now, outermost first. */
    List<ActiveElement> activeElements(long processInstanceKey);

    /** What happened to an instance, in order. */
    List<JournalEntry> journal(long processInstanceKey);

    /** Everything the engine recorded after a position, in order (what an exporter would see). */
    List<JournalEntry> journalAfter(long position, int limit);

    List<IncidentView> openIncidents(int page, int size);

    /** The instance's variables at its root scope, without those its model marks as sensitive. */
    Map<String, Object> variables(long processInstanceKey);

    record InstanceSummary(long key, String bpmnProcessId, int version, long processDefinitionKey, String state,
                           Instant startedAt, Instant endedAt) {
    }

    record ActiveElement(long key, String elementId, String elementType) {
    }

    /**
     * One recorded event.
     *
     * @param valueType PROCESS_INSTANCE, JOB, VARIABLE, MESSAGE, INCIDENT, TIMER
     * @param intent    for example ELEMENT_ACTIVATED, ELEMENT_COMPLETED, ELEMENT_TERMINATED, SEQUENCE_FLOW_TAKEN,
     *                  CREATED, COMPLETED, FAILED, ERROR_THROWN, TRIGGERED, RESOLVED, PUBLISHED, CORRELATED
     */
    record JournalEntry(long position, long processInstanceKey, String valueType, String intent, long key, String elementId,
                        String elementType, String bpmnProcessId, Map<String, Object> payload, Instant at) {
    }

    record IncidentView(long key, long processInstanceKey, String bpmnProcessId, long elementInstanceKey, String elementId,
                        long jobKey, String errorType, String message, Instant createdAt) {
    }
}
