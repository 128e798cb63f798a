package uk.stpartnership.jobworker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Deploys the process models named in zeebe.deploy.resources (class path locations). Zeebe ignores a
 * resource it already has, so deploying at every start is safe. The engine may still be starting, so
 * this retries with backoff before giving up.
 */
@Singleton
public class ProcessDeployment {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployment.class);

    private final CamundaClient client;
    private final ZeebeSettings settings;
    private volatile boolean done;

    public ProcessDeployment(CamundaClient client, ZeebeSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public void deploy() {
        if (settings.deployResources().isEmpty()) {
            done = true;
            return;
        }
        Duration wait = Duration.ofMillis(500);
        for (int attempt = 1; ; attempt++) {
            try {
                var command = client.newDeployResourceCommand().addResourceFromClasspath(settings.deployResources().get(0));
                for (String resource : settings.deployResources().subList(1, settings.deployResources().size())) {
                    command = command.addResourceFromClasspath(resource);
                }
                var deployment = command.send().join();
                deployment.getProcesses().forEach(process -> LOG.info("Process deployed: {} version {}",
                        process.getBpmnProcessId(), process.getVersion()));
                done = true;
                return;
            } catch (ClientException e) {
                if (attempt >= settings.deployAttempts()) {
                    throw new IllegalStateException("Could not deploy the process models to " + settings.grpcAddress(), e);
                }
                LOG.info("Engine not ready at {} (attempt {}), retrying in {}", settings.grpcAddress(), attempt, wait);
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : wait.multipliedBy(2);
            }
        }
    }

    /** Whether the models are deployed (at this start): a message to a start event deployed later would start nothing. */
    public boolean done() {
        return done;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the engine", e);
        }
    }
}
