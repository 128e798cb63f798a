package uk.stpartnership.jobworker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Connects the service to the engine at start: once the engine answers, the process models are deployed and the job
 * workers opened. When it does not answer the service starts all the same and serves what needs no engine (lists,
 * records, pages), tries again in the background until it answers, and its readiness says the engine is DOWN
 * ({@link EngineHealthIndicator}) meanwhile.
 */
@Singleton
public class EngineConnection {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConnection.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** While the engine is away a line a minute or so says so, not one per attempt. */
    private static final int ATTEMPTS_PER_WARNING = 12;

    private final CamundaClient client;
    private final ProcessDeployment deployment;
    private final JobWorkers workers;
    private final ZeebeSettings settings;
    private final ChannelReconnect reconnect;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("engine-connection").daemon().factory());
    private volatile boolean connected;
    private volatile String lastFailure = "not tried yet";
    private int attempts;

    EngineConnection(CamundaClient client, ProcessDeployment deployment, JobWorkers workers, ZeebeSettings settings,
                     ChannelReconnect reconnect) {
        this.client = client;
        this.deployment = deployment;
        this.workers = workers;
        this.settings = settings;
        this.reconnect = reconnect;
    }

    @EventListener
    void connect(StartupEvent event) {
        workers.plan();
        // Tried once before the service serves, so that with the engine there everything is ready when it does.
        if (!tryConnect()) {
            LOG.warn("The engine at {} does not answer ({}): the service starts without it, serves what needs no engine, and"
                    + " deploys the models and opens the job workers when it answers", settings.grpcAddress(), lastFailure);
            retryIn(FIRST_WAIT);
        }
    }

    /** Whether the engine has answered, the models are deployed and the workers open. */
    public boolean connected() {
        return connected;
    }

    /** Why the last attempt to reach the engine failed. */
    public String lastFailure() {
        return lastFailure;
    }

    private synchronized boolean tryConnect() {
        attempts++;
        reconnect.now();
        try {
            client.newTopologyRequest().send().join();
            deployment.deploy();
        } catch (ClientException e) {
            lastFailure = e.getMessage();
            return false;
        }
        workers.open();
        connected = true;
        if (attempts > 1) {
            LOG.info("The engine at {} answers: models deployed and job workers open", settings.grpcAddress());
        }
        return true;
    }

    private void retryIn(Duration wait) {
        try {
            retries.schedule(() -> {
                try {
                    if (tryConnect()) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // Not the engine's absence (a worker that cannot open, say): said loudly, and tried again like it.
                    lastFailure = e.toString();
                    LOG.error("Connecting to the engine at {} failed", settings.grpcAddress(), e);
                }
                if (attempts % ATTEMPTS_PER_WARNING == 0) {
                    LOG.warn("The engine at {} still does not answer after {} attempts: {}", settings.grpcAddress(), attempts, lastFailure);
                }
                Duration doubled = wait.multipliedBy(2);
                retryIn(doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled);
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the service is shutting down: nothing to connect
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
