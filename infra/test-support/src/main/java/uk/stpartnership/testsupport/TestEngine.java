package uk.stpartnership.testsupport;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** The real Zeebe engine, in memory, with a gRPC gateway on a free port; its clock moves only when told. */
public final class TestEngine implements AutoCloseable {

    private final ZeebeTestEngine engine;
    private final CamundaClient client;

    private TestEngine(ZeebeTestEngine engine) {
        this.engine = engine;
        this.client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
                .preferRestOverGrpc(false)
                .build();
    }

    public static TestEngine start() {
        ZeebeTestEngine engine = EngineFactory.create(FreePort.find());
        engine.start();
        return new TestEngine(engine);
    }

    public CamundaClient client() {
        return client;
    }

    /** The address a service's zeebe.grpc-address should point at. */
    public String grpcAddress() {
        return "http://" + engine.getGatewayAddress();
    }

    public void deploy(String... classpathResources) {
        var command = client.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
        for (int i = 1; i < classpathResources.length; i++) {
            command = command.addResourceFromClasspath(classpathResources[i]);
        }
        command.send().join();
    }

    /** Moves the engine's clock and waits until the timers that fell due have been handled. */
    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
        waitForIdle();
    }

    public void waitForIdle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The engine did not become idle", e);
        }
    }

    /** Activates the jobs of one type that are waiting now (none if there are none). */
    public List<ActivatedJob> activateJobs(String jobType) {
        waitForIdle();
        return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(100)
                .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
    }

    @Override
    public void close() {
        client.close();
        engine.stop();
    }
}
