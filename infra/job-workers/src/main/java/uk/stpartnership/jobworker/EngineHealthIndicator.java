package uk.stpartnership.jobworker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine in /health and /health/readiness: DOWN until the service has reached it (models deployed, workers open),
 * and DOWN whenever it stops answering after that. Liveness leaves it out: a service without its engine still serves
 * lists and records, and restarting it would not bring the engine back.
 */
@Singleton
@Readiness
public class EngineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final EngineConnection connection;
    private final JobWorkers workers;
    private final CamundaClient client;
    private final ZeebeSettings settings;

    public EngineHealthIndicator(EngineConnection connection, JobWorkers workers, CamundaClient client, ZeebeSettings settings) {
        this.connection = connection;
        this.workers = workers;
        this.client = client;
        this.settings = settings;
    }

    @Override
    protected String getName() {
        return "engine";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", settings.grpcAddress().toString());
        details.put("jobWorkers", workers.openJobTypes());
        if (!connection.connected()) {
            healthStatus = HealthStatus.DOWN;
            details.put("reason", "not reached since the service started: " + connection.lastFailure());
            return details;
        }
        try {
            client.newTopologyRequest().requestTimeout(ANSWER_WITHIN).send().join();
            healthStatus = HealthStatus.UP;
        } catch (ClientException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("reason", "does not answer: " + e.getMessage());
        }
        return details;
    }
}
