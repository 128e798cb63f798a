package uk.stpartnership.engine.api;

import java.util.List;

/** What a deployment made: one entry per process, a new version only where the resource changed. */
public record Deployment(long key, List<DeployedProcess> processes) {

    public record DeployedProcess(String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {
    }
}
