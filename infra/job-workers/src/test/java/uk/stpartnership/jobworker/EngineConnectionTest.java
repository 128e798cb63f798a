package uk.stpartnership.jobworker;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.testsupport.TestEngine;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service started before its engine: it starts, its readiness says the engine is DOWN, and when an engine appears
 * where it points it deploys its models and opens its workers; when the engine goes away again it says so.
 */
class EngineConnectionTest {

    private static final String MODEL = "bpmn/connection-test.bpmn";

    /** @param deploys a service that deploys models (workflow-service) or one that only handles jobs (notification-service) */
    @ParameterizedTest(name = "deploys models: {0}")
    @ValueSource(booleans = {true, false})
    void aServiceStartedWithoutItsEngineConnectsWhenTheEngineAppears(boolean deploys) {
        int port = FreePort.find();
        try (ApplicationContext service = ApplicationContext.run(Map.of("zeebe.grpc-address", "http://127.0.0.1:" + port,
                "zeebe.deploy.resources", deploys ? MODEL : ""))) {
            EngineConnection connection = service.getBean(EngineConnection.class);
            EngineHealthIndicator health = service.getBean(EngineHealthIndicator.class);
            assertThat(connection.connected()).isFalse();
            assertThat(service.getBean(ProcessDeployment.class).done()).isFalse();
            assertThat(service.getBean(JobWorkers.class).openJobTypes()).as("no worker polls an engine that is not there").isEmpty();
            assertThat(Health.of(health).getStatus()).isEqualTo(HealthStatus.DOWN);
            assertThat(details(health)).containsEntry("address", "http://127.0.0.1:" + port)
                    .hasEntrySatisfying("reason", reason -> assertThat((String) reason).startsWith("not reached since the service started"));

            try (TestEngine engine = TestEngine.startAt(port)) {
                await().atMost(Duration.ofSeconds(30)).until(connection::connected);
                assertThat(Health.of(health).getStatus()).isEqualTo(HealthStatus.UP);
                assertThat(service.getBean(ProcessDeployment.class).done()).isTrue();
                assertThat(service.getBean(JobWorkers.class).openJobTypes()).contains(TestWorkers.COMPLETES);
                if (!deploys) {
                    engine.deploy(MODEL);
                }

                long instance = engine.client().newCreateInstanceCommand().bpmnProcessId("connection-test").latestVersion()
                        .variables(Map.of("input", 1)).send().join().getProcessInstanceKey();
                await().atMost(Duration.ofSeconds(10)).until(() -> engine.hasCompleted(instance));
            }

            assertThat(Health.of(health).getStatus()).as("the engine went away").isEqualTo(HealthStatus.DOWN);
            assertThat(details(health)).hasEntrySatisfying("reason", reason -> assertThat((String) reason).startsWith("does not answer"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(EngineHealthIndicator health) {
        return (Map<String, Object>) Health.of(health).getDetails();
    }
}
