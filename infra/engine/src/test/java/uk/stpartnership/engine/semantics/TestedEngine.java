package uk.stpartnership.engine.semantics;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import uk.stpartnership.engine.api.Operations;
import uk.stpartnership.engine.server.EngineServer;
import uk.stpartnership.engine.server.EngineServerSettings;
import uk.stpartnership.engine.server.TestServers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;

/**
 * One of the two engines the semantics are checked on, reached through the Camunda client as the services reach it; the
 * only things read beside the client are what an operator sees (open incidents) and the clock a test moves.
 */
public abstract sealed class TestedEngine implements AutoCloseable {

    public enum Kind {
        PLATFORM, REFERENCE;

        public TestedEngine start() {
            return this == PLATFORM ? new Platform() : new Reference();
        }
    }

    private CamundaClient client;

    public final CamundaClient client() {
        return client;
    }

    final void connect(String grpcAddress) {
        client = CamundaClient.newClientBuilder().grpcAddress(URI.create(grpcAddress)).preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(15)).build();
    }

    /** Moves the engine's clock and returns once the timers that fell due have been handled. */
    public abstract void increaseTime(Duration duration);

    /** Returns once the engine has handled every command it has taken. */
    public abstract void waitForIdle();

    /** The keys of the incidents open on one instance (its element instances included), as an operator reads them. */
    public abstract List<Long> openIncidents(long processInstanceKey);

    @Override
    public void close() {
        client.close();
    }

    static final class Platform extends TestedEngine {

        private final EngineServer server;

        Platform() {
            // The standalone server's pool size, so the benchmark measures what a deployment runs.
            server = TestServers.start(EngineServerSettings.Authentication.none(), 8);
            connect("http://" + server.grpcAddress().getHostString() + ":" + server.grpcAddress().getPort());
        }

        @Override
        public void increaseTime(Duration duration) {
            server.engine().clock().moveBy(duration);
            waitForIdle();
        }

        /** Every command commits before it answers, so the engine is idle once no timer is due. */
        @Override
        public void waitForIdle() {
            server.engine().runDueTimers();
        }

        @Override
        public List<Long> openIncidents(long processInstanceKey) {
            return server.engine().operations().openIncidents(0, 1000).stream()
                    .filter(incident -> incident.processInstanceKey() == processInstanceKey)
                    .map(Operations.IncidentView::key).toList();
        }

        @Override
        public void close() {
            super.close();
            server.close();
        }

        @Override
        public String toString() {
            return "platform engine";
        }
    }

    static final class Reference extends TestedEngine {

        private final ZeebeTestEngine engine;

        Reference() {
            engine = EngineFactory.create(freePort());
            engine.start();
            connect("http://" + engine.getGatewayAddress());
        }

        @Override
        public void increaseTime(Duration duration) {
            engine.increaseTime(duration);
            waitForIdle();
        }

        @Override
        public void waitForIdle() {
            try {
                engine.waitForIdleState(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("The reference engine did not become idle", e);
            }
        }

        @Override
        public List<Long> openIncidents(long processInstanceKey) {
            waitForIdle();
            Set<Long> open = new HashSet<>();
            StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                    .filter(record -> record.getValueType() == ValueType.INCIDENT)
                    .filter(record -> ((IncidentRecordValue) record.getValue()).getProcessInstanceKey() == processInstanceKey)
                    .forEach(record -> {
                        if (record.getIntent() == IncidentIntent.CREATED) {
                            open.add(record.getKey());
                        } else if (record.getIntent() == IncidentIntent.RESOLVED) {
                            open.remove(record.getKey());
                        }
                    });
            return open.stream().sorted().toList();
        }

        @Override
        public void close() {
            super.close();
            engine.stop();
        }

        @Override
        public String toString() {
            return "reference engine";
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
