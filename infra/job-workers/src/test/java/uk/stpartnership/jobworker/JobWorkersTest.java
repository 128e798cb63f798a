package uk.stpartnership.jobworker;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.stpartnership.testsupport.TestEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.stpartnership.jobworker.TestModels.catchingNotFound;
import static uk.stpartnership.jobworker.TestModels.oneTask;

/**
 * The worker layer on the platform's engine (real gRPC, real PostgreSQL): the test's handlers ({@link TestWorkers})
 * run in a Micronaut context as a service's do, and the engine's clock moves only when a test moves it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobWorkersTest implements TestPropertyProvider {

    private static final Duration BASE = Duration.ofSeconds(10);
    private static final Duration CAP = Duration.ofMinutes(10);
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private final TestEngine engine = TestEngine.start();
    private final CapturedLogs logs = CapturedLogs.attach();

    @Inject
    JobWorkers workers;
    @Inject
    TestWorkers handlers;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("zeebe.grpc-address", engine.grpcAddress(), "zeebe.worker.retry-backoff", BASE.toString(),
                "zeebe.worker.retry-backoff-max", CAP.toString());
    }

    @AfterAll
    void stop() {
        logs.close();
        engine.close();
    }

    @Test
    void everyJobWorkerMethodGetsAWorkerForItsJobTypeFetchingOnlyWhatItNames() {
        assertThat(workers.openJobTypes()).containsExactlyInAnyOrder(TestWorkers.COMPLETES, TestWorkers.BUSINESS_OUTCOME,
                TestWorkers.FAILS, TestWorkers.THROWS_ERROR, TestWorkers.UNRECOVERABLE);

        long instance = start(oneTask("registration", TestWorkers.COMPLETES, 3), Map.of("input", 21, "unrelated", "not fetched"));

        await().until(() -> engine.hasCompleted(instance));
        assertThat(engine.completedElements(instance)).contains("task", "done");
        assertThat(handlers.jobsOf(instance)).singleElement()
                .satisfies(job -> assertThat(job.getVariablesAsMap()).isEqualTo(Map.of("input", 21)));
    }

    @Test
    void aWorkerThatNamesNoVariablesIsRefused() throws Exception {
        JobWorker namesNone = NamesNoVariables.class.getDeclaredMethod("handle", ActivatedJob.class).getAnnotation(JobWorker.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobWorkers.variablesToFetch(new NamesNoVariables(), namesNone))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no variables to fetch");
        assertThat(JobWorkers.variablesToFetch((VariablesToFetch) type -> List.of("borough"), namesNone)).containsExactly("borough");
    }

    static class NamesNoVariables {
        @JobWorker(type = "names-none")
        void handle(ActivatedJob job) {
        }
    }

    @Test
    void aBusinessOutcomeBecomesTheBpmnErrorTheModelCatches() {
        long instance = start(catchingNotFound("business-outcome", TestWorkers.BUSINESS_OUTCOME), Map.of("input", 1));

        await().until(() -> engine.hasCompleted(instance));
        assertThat(engine.completedElements(instance)).contains("not-found", "record-missing").doesNotContain("done");
        assertThat(engine.failedJobTypes(instance)).as("a business outcome is no failure").isEmpty();
        assertThat(handlers.jobsOf(instance)).hasSize(1);
    }

    @Test
    void aFailureIsRetriedAfterABackoffThatGrowsAndTheLastRaisesAnIncident() {
        long instance = start(oneTask("retried", TestWorkers.FAILS, 3), Map.of("input", 1));
        awaitFailures(instance, 1);

        // The engine's clock runs on from where a test moves it, so each check leaves a margin for the time it takes.
        // First failure: 10 s. Five seconds on the job is not handed out again; at 10 s it is.
        engine.increaseTime(BASE.minus(MARGIN));
        assertNoNewAttemptFor(instance, 1);
        engine.increaseTime(MARGIN);
        awaitFailures(instance, 2);

        // Second failure: twice as long, so not yet after 15 s, longer than the first wait.
        engine.increaseTime(BASE.multipliedBy(2).minus(MARGIN));
        assertNoNewAttemptFor(instance, 2);
        engine.increaseTime(MARGIN);
        awaitFailures(instance, 3);

        await().until(() -> incidentFor(instance));
        assertThat(handlers.jobsOf(instance)).extracting(ActivatedJob::getRetries).containsExactly(3, 2, 1);
        assertThat(engine.activeElements(instance)).as("the task waits for an operator").contains("task");
    }

    @ParameterizedTest(name = "{0} retries")
    @ValueSource(ints = {1, 3, 10})
    void theBackoffDoublesFromTheBaseUpToTheCapForAnyNumberOfRetriesTheModelSets(int retries) {
        long instance = start(oneTask("retries-" + retries, TestWorkers.FAILS, retries), Map.of("input", 1));
        for (int failures = 1; failures <= retries; failures++) {
            awaitFailures(instance, failures);
            engine.increaseTime(CAP.plusMinutes(1));
        }
        await().until(() -> incidentFor(instance));

        List<Duration> expected = new ArrayList<>();
        for (int failure = 1; failure < retries; failure++) {
            Duration doubled = BASE.multipliedBy(1L << (failure - 1));
            expected.add(doubled.compareTo(CAP) > 0 ? CAP : doubled);
        }
        // 1 retry: none (the incident at once); 3: 10 s, 20 s; 10: 10 s ... 320 s, then 10 min three times.
        assertThat(backoffsAskedFor(instance)).containsExactlyElementsOf(expected);
        assertThat(handlers.jobsOf(instance)).hasSize(retries);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"StackOverflowError", "AssertionError", "NoClassDefFoundError"})
    void anErrorFailsTheJobAtOnceAndItIsRetriedAsUsual(String error) {
        long instance = start(oneTask("error-" + error, TestWorkers.THROWS_ERROR, 3), Map.of("error", error));

        // The lock is 5 minutes of an engine clock that does not move: only a failure frees the job this soon.
        awaitFailures(instance, 1);
        assertThat(logs.lines()).anySatisfy(line -> {
            assertThat(line.context()).containsEntry("processInstanceKey", Long.toString(instance));
            assertThat(line.message()).startsWith("Job failed, 2 retries left, next in PT10S: java.lang." + error);
        });
        engine.increaseTime(BASE);

        await().until(() -> engine.hasCompleted(instance));
        assertThat(handlers.jobsOf(instance)).extracting(ActivatedJob::getRetries).containsExactly(3, 2);
    }

    @Test
    void anUnrecoverableFailureRaisesTheIncidentAtOnce() {
        long instance = start(oneTask("unrecoverable", TestWorkers.UNRECOVERABLE, 3), Map.of("input", 1));

        await().until(() -> incidentFor(instance));
        assertThat(handlers.jobsOf(instance)).hasSize(1);
        assertThat(backoffsAskedFor(instance)).isEmpty();
    }

    @Test
    void everyLineWrittenWhileAJobIsHandledNamesTheJob() {
        long instance = start(oneTask("logging", TestWorkers.COMPLETES, 3), Map.of("input", 2));
        await().until(() -> engine.hasCompleted(instance));
        ActivatedJob job = handlers.jobsOf(instance).get(0);
        Map<String, String> context = Map.of("processInstanceKey", Long.toString(instance), "bpmnProcessId", "logging",
                "elementId", "task", "jobKey", Long.toString(job.getKey()), "jobType", TestWorkers.COMPLETES);

        List<CapturedLogs.Line> lines = logs.lines().stream().filter(line -> context.get("jobKey").equals(line.context().get("jobKey"))).toList();
        assertThat(lines).extracting(CapturedLogs.Line::message)
                .containsExactly("Completing with the input doubled", "A second line from the handler", "Job completed");
        assertThat(lines).allSatisfy(line -> assertThat(line.context()).isEqualTo(context));
        assertThat(logs.lines()).filteredOn(line -> line.logger().equals(TestWorkers.class.getName()))
                .allSatisfy(line -> assertThat(line.context()).containsKeys(context.keySet().toArray(String[]::new)));
    }

    private long start(io.camunda.zeebe.model.bpmn.BpmnModelInstance model, Map<String, Object> variables) {
        return TestModels.start(engine, model, variables);
    }

    private void awaitFailures(long instance, int failures) {
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.failedJobTypes(instance).size() >= failures);
        assertThat(engine.failedJobTypes(instance)).hasSize(failures);
    }

    /** No attempt beyond the given number comes in a while (longer than the engine's second between sweeps). */
    private void assertNoNewAttemptFor(long instance, int attempts) {
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> handlers.jobsOf(instance).size() == attempts);
    }

    private boolean incidentFor(long instance) {
        return engine.variableAndJobRecords().stream().anyMatch(record -> record.contains("\"valueType\":\"INCIDENT\"")
                && record.contains("instance " + instance));
    }

    /** The waits the layer asked the engine for, from its log lines about the instance's failures. */
    private List<Duration> backoffsAskedFor(long instance) {
        return logs.lines().stream()
                .filter(line -> Long.toString(instance).equals(line.context().get("processInstanceKey")))
                .filter(line -> line.message().startsWith("Job failed,"))
                .map(line -> (Duration) line.arguments()[1]).toList();
    }
}
