package uk.stpartnership.engine.semantics;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.stpartnership.engine.server.EngineServer;
import uk.stpartnership.engine.server.EngineServerSettings;
import uk.stpartnership.engine.server.TestServers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's engine under more concurrent commands than it has connections to PostgreSQL: every command is answered,
 * and soon (keys are handed out in blocks, and taking a new block must not wait for a connection a waiting command holds).
 */
class ConcurrentCommandsTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void moreCommandsAtOnceThanConnectionsAreAllAnswered() throws InterruptedException {
        try (EngineServer server = TestServers.start(EngineServerSettings.Authentication.none(), 2);
             CamundaClient client = TestServers.client(server)) {
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("busy").startEvent()
                    .parallelGateway("fork").endEvent("one").moveToNode("fork").endEvent("two").done(), "busy.bpmn").send().join();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> callers = new ArrayList<>();
            for (int caller = 0; caller < 16; caller++) {
                callers.add(Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < 50; i++) {
                        try {
                            client.newCreateInstanceCommand().bpmnProcessId("busy").latestVersion().send().join();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            for (Thread caller : callers) {
                caller.join();
            }

            assertThat(failures).isEmpty();
        }
    }
}
