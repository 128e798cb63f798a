package uk.stpartnership.engine.semantics;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs every test of a subclass on the platform's engine and on Zeebe's in-memory reference engine, one engine of each kind
 * per class. Tests see what a client sees: jobs and their variables, results of completed instances, error codes. Names
 * (processes, job types, messages) carry a prefix unique to the test, so leftovers of one test never reach another.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestedEngine.Kind.class)
abstract class SemanticsTest {

    private static final AtomicInteger TESTS = new AtomicInteger();
    private static TestedEngine engine;

    @Parameter
    TestedEngine.Kind kind;

    /** Unique to the running test: prefix every process id, job type, message name and correlation key with it. */
    String p;

    @BeforeParameterizedClassInvocation
    static void startEngine(TestedEngine.Kind kind) {
        engine = kind.start();
    }

    @AfterParameterizedClassInvocation
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void name(TestInfo test) {
        p = "t" + TESTS.incrementAndGet() + "-" + test.getTestMethod().orElseThrow().getName() + "-";
    }

    /**
     * Skips the test on one engine, where it differs from Zeebe's documentation; the reason names what is wrong (for the
     * platform's engine, "engine: …", to be fixed) and the test still proves the documented behaviour on the other.
     */
    void skipOn(TestedEngine.Kind engine, String reason) {
        assumeThat(kind).as(reason).isNotEqualTo(engine);
    }

    static TestedEngine engine() {
        return engine;
    }

    static CamundaClient client() {
        return engine.client();
    }

    DeploymentEvent deploy(BpmnModelInstance model) {
        return client().newDeployResourceCommand().addProcessModel(model, "model.bpmn").send().join();
    }

    long start(String processId, Map<String, Object> variables) {
        return client().newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }

    long start(String processId) {
        return start(processId, Map.of());
    }

    /** Starts an instance whose result (its root variables once it completes) the test reads after driving it. */
    CamundaFuture<ProcessInstanceResult> startWithResult(String processId, Map<String, Object> variables) {
        return client().newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .withResult().requestTimeout(Duration.ofSeconds(30)).send();
    }

    /** The variables of the instance once it has completed (it must complete within a few seconds). */
    static Map<String, Object> completed(CamundaFuture<ProcessInstanceResult> result) {
        return result.join().getVariablesAsMap();
    }

    /** Activates jobs of a type until {@code count} have come (waiting up to 10 s), and checks that no more wait. */
    List<ActivatedJob> jobs(String type, int count) {
        List<ActivatedJob> jobs = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jobs.size() < count && System.nanoTime() < until) {
            engine.waitForIdle();
            jobs.addAll(activate(type, count - jobs.size()));
        }
        assertThat(jobs).as("jobs of type %s", type).hasSize(count);
        assertThat(activate(type, 10)).as("further jobs of type %s", type).isEmpty();
        return jobs;
    }

    ActivatedJob job(String type) {
        return jobs(type, 1).getFirst();
    }

    void noJob(String type) {
        engine.waitForIdle();
        assertThat(activate(type, 10)).as("jobs of type %s", type).isEmpty();
    }

    private List<ActivatedJob> activate(String type, int max) {
        return client().newActivateJobsCommand().jobType(type).maxJobsToActivate(max).timeout(Duration.ofMinutes(5))
                .requestTimeout(Duration.ofMillis(200)).send().join().getJobs();
    }

    void complete(ActivatedJob job, Map<String, Object> variables) {
        client().newCompleteCommand(job.getKey()).variables(variables).send().join();
    }

    void complete(ActivatedJob job) {
        complete(job, Map.of());
    }

    /** Activates the one job of the type and completes it with the variables. */
    ActivatedJob completeJob(String type, Map<String, Object> variables) {
        ActivatedJob job = job(type);
        complete(job, variables);
        return job;
    }

    void publish(String name, String correlationKey, Map<String, Object> variables, Duration ttl) {
        client().newPublishMessageCommand().messageName(name).correlationKey(correlationKey).timeToLive(ttl)
                .variables(variables).send().join();
    }

    void publish(String name, String correlationKey) {
        publish(name, correlationKey, Map.of(), Duration.ZERO);
    }

    void increaseTime(Duration duration) {
        engine.increaseTime(duration);
    }

    List<Long> openIncidents(long processInstanceKey) {
        return engine.openIncidents(processInstanceKey);
    }

    /** The gRPC status code the engine answered a command with. */
    static Status.Code refusal(Runnable command) {
        ClientStatusException refused = catchThrowableOfType(ClientStatusException.class, command::run);
        assertThat(refused).as("the command is refused").isNotNull();
        return refused.getStatusCode();
    }

    /** A process of one service task of the given type: start → task → end. */
    BpmnModelInstance oneTask(String processId, String type) {
        return Bpmn.createExecutableProcess(processId).startEvent().serviceTask("task", t -> t.zeebeJobType(type)).endEvent().done();
    }
}
