package uk.stpartnership.engine.api;

import java.util.Map;

/** A job handed to a worker, locked to it until {@code deadline} (epoch milliseconds). */
public record ActivatedJob(long key, String type, long processInstanceKey, String bpmnProcessId, int processDefinitionVersion,
                           long processDefinitionKey, String elementId, long elementInstanceKey,
                           Map<String, String> customHeaders, String worker, int retries, long deadline,
                           Map<String, Object> variables) {
}
