package uk.stpartnership.jobworker;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.TestEngine;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A service that stops closes its workers: a job made afterwards waits for whoever comes next. */
class ShutdownTest {

    @Test
    void stoppingTheServiceClosesItsWorkers() throws Exception {
        try (TestEngine engine = TestEngine.start()) {
            ApplicationContext service = ApplicationContext.run(Map.of("zeebe.grpc-address", engine.grpcAddress()));
            JobWorkers workers = service.getBean(JobWorkers.class);
            long before = TestModels.start(engine, TestModels.oneTask("shutdown", TestWorkers.COMPLETES, 3), Map.of("input", 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.hasCompleted(before));
            assertThat(workers.openJobTypes()).isNotEmpty();

            service.close();

            assertThat(workers.openJobTypes()).isEmpty();
            long after = engine.client().newCreateInstanceCommand().bpmnProcessId("shutdown").latestVersion()
                    .variables(Map.of("input", 1)).send().join().getProcessInstanceKey();
            Thread.sleep(1500);
            assertThat(engine.activateJobs(TestWorkers.COMPLETES)).as("no worker took it")
                    .singleElement().satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(after));
        }
    }
}
