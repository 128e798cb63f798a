package uk.stpartnership.jobworker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the process models named in zeebe.deploy.resources (class path locations). Zeebe ignores a resource it
 * already has, so deploying at every start is safe. {@link EngineConnection} tries again while the engine is away.
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

    /** One attempt. @throws ClientException when the engine cannot be reached or refuses the models */
    void deploy() {
        if (settings.deployResources().isEmpty()) {
            done = true;
            return;
        }
        var command = client.newDeployResourceCommand().addResourceFromClasspath(settings.deployResources().get(0));
        for (String resource : settings.deployResources().subList(1, settings.deployResources().size())) {
            command = command.addResourceFromClasspath(resource);
        }
        var deployment = command.send().join();
        deployment.getProcesses().forEach(process -> LOG.info("Process deployed: {} version {}",
                process.getBpmnProcessId(), process.getVersion()));
        done = true;
    }

    /** Whether the models are deployed (at this start): a message to a start event deployed later would start nothing. */
    public boolean done() {
        return done;
    }
}
