package uk.stpartnership.engine.gateway;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.response.Topology;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.stpartnership.engine.api.Operations;
import uk.stpartnership.engine.server.EngineServer;
import uk.stpartnership.engine.server.EngineServerSettings;
import uk.stpartnership.engine.server.TestServers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Zeebe's gateway protocol as the Camunda Java client (and, for malformed requests, a raw gRPC stub) sees it. */
class GatewayServiceTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EngineServer server;
    private static CamundaClient client;

    @BeforeAll
    static void start() {
        server = TestServers.start(EngineServerSettings.Authentication.none());
        client = TestServers.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void theTopologyIsOneHealthyBrokerLeadingOnePartition() {
        Topology topology = client.newTopologyRequest().send().join();

        assertThat(topology.getClusterSize()).isEqualTo(1);
        assertThat(topology.getPartitionsCount()).isEqualTo(1);
        assertThat(topology.getBrokers()).singleElement().satisfies(broker -> {
            assertThat(broker.getPort()).isEqualTo(server.grpcAddress().getPort());
            assertThat(broker.getPartitions()).singleElement().satisfies(partition -> {
                assertThat(partition.isLeader()).isTrue();
                assertThat(partition.getHealth().name()).isEqualTo("HEALTHY");
            });
        });
        assertThat(topology.getGatewayVersion()).startsWith("8.");
    }

    @Test
    void deployingTheSameModelAgainKeepsItsVersionAndAChangedOneGetsTheNext() {
        String id = name("versions");
        // One model deployed twice: the builder gives new flow ids each time it builds, so it builds once.
        BpmnModelInstance model = oneTask(id, "versions-task");
        DeploymentEvent first = deploy(model);
        DeploymentEvent again = deploy(model);
        DeploymentEvent changed = deploy(oneTask(id, "versions-task-changed"));

        assertThat(first.getProcesses()).singleElement().satisfies(p -> {
            assertThat(p.getBpmnProcessId()).isEqualTo(id);
            assertThat(p.getVersion()).isEqualTo(1);
            assertThat(p.getResourceName()).isEqualTo(id + ".bpmn");
        });
        assertThat(again.getProcesses().getFirst().getVersion()).isEqualTo(1);
        assertThat(again.getProcesses().getFirst().getProcessDefinitionKey())
                .isEqualTo(first.getProcesses().getFirst().getProcessDefinitionKey());
        assertThat(changed.getProcesses().getFirst().getVersion()).isEqualTo(2);
    }

    @Test
    void aModelTheEngineCannotRunIsRefusedAtDeployment() {
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceStringUtf8("<definitions>not a process", "broken.bpmn").send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void aJobWorkerWithTheClientsDefaultsCompletesEveryInstance() {
        String id = name("worker");
        String type = id + "-task";
        deploy(oneTask(id, type));
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        List<Long> instances = List.of(start(id, Map.of("n", 1)), start(id, Map.of("n", 2)), start(id, Map.of("n", 3)));

        try (JobWorker ignored = client.newWorker().jobType(type)
                .handler((jobs, job) -> {
                    jobs.newCompleteCommand(job.getKey()).variables(Map.of("doubled", 2 * (int) job.getVariablesAsMap().get("n")))
                            .send().join();
                    handled.add(job.getProcessInstanceKey());
                })
                .open()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.containsAll(instances));
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(instances)
                .allSatisfy(key -> assertThat(state(key)).isEqualTo("COMPLETED")));
        assertThat(server.engine().operations().variables(instances.get(2))).containsEntry("doubled", 6);
    }

    @Test
    void aJobWorkerWithStreamingOnStillGetsItsJobsByPolling() {
        String id = name("streaming");
        String type = id + "-task";
        deploy(oneTask(id, type));
        long instance = start(id, Map.of());
        Set<Long> handled = ConcurrentHashMap.newKeySet();

        try (JobWorker ignored = client.newWorker().jobType(type)
                .handler((jobs, job) -> {
                    jobs.newCompleteCommand(job.getKey()).send().join();
                    handled.add(job.getProcessInstanceKey());
                })
                .streamEnabled(true).open()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains(instance));
        }
    }

    @Test
    void aJobWhoseTimeoutIsExtendedStaysWithItsWorker() {
        String id = name("timeout");
        String type = id + "-task";
        deploy(oneTask(id, type));
        start(id, Map.of());
        ActivatedJob job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).timeout(Duration.ofMinutes(1))
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().getFirst();

        client.newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofMinutes(30)).send().join();
        server.engine().clock().moveBy(Duration.ofMinutes(10));

        assertThat(activate(type, Duration.ofMillis(300))).isEmpty();
        server.engine().clock().moveBy(Duration.ofMinutes(25));
        assertThat(activateOne(type).getKey()).isEqualTo(job.getKey());
    }

    @Test
    void anInstanceCreatedWithResultAnswersWithTheVariablesAskedForWhenItCompletes() {
        String id = name("result");
        deploy(Bpmn.createExecutableProcess(id).startEvent().endEvent().done());

        ProcessInstanceResult result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion()
                .variables(Map.of("applicant", "Leyton", "score", 7)).withResult().fetchVariables("score").send().join();

        assertThat(result.getBpmnProcessId()).isEqualTo(id);
        assertThat(result.getVariablesAsMap()).isEqualTo(Map.of("score", 7));
    }

    @Test
    void anInstanceCreatedWithResultThatDoesNotCompleteInTimeAnswersDeadlineExceeded() {
        String id = name("slow");
        deploy(oneTask(id, id + "-never-worked"));

        assertThatThrownBy(() -> client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult()
                .requestTimeout(Duration.ofMillis(500)).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
    }

    @Test
    void aWaitingActivationIsHandedAJobCreatedWhileItWaits() throws Exception {
        String id = name("long-poll");
        String type = id + "-task";
        deploy(oneTask(id, type));

        long asked = System.nanoTime();
        CompletableFuture<ActivateJobsResponse> waiting = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
                .requestTimeout(Duration.ofSeconds(10)).send().toCompletableFuture();
        Thread.sleep(500);
        assertThat(waiting).isNotDone();
        long instance = start(id, Map.of("reference", "R-1"));

        ActivateJobsResponse response = waiting.get(8, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(8));
        assertThat(response.getJobs()).singleElement().satisfies(job -> {
            assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
            assertThat(job.getType()).isEqualTo(type);
            assertThat(job.getElementId()).isEqualTo("task");
            assertThat(job.getBpmnProcessId()).isEqualTo(id);
            assertThat(job.getVariablesAsMap()).isEqualTo(Map.of("reference", "R-1"));
        });
    }

    @Test
    void anActivationThatFindsNoJobAnswersEmptyWhenItsRequestTimeoutEnds() {
        long asked = System.nanoTime();
        ActivateJobsResponse response = client.newActivateJobsCommand().jobType(name("nothing")).maxJobsToActivate(1)
                .requestTimeout(Duration.ofMillis(700)).send().join();

        assertThat(response.getJobs()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aFailedJobWithRetriesLeftComesBackAfterItsBackoff() {
        String id = name("retry");
        String type = id + "-task";
        deploy(oneTask(id, type));
        start(id, Map.of());
        ActivatedJob job = activateOne(type);

        client.newFailCommand(job.getKey()).retries(2).retryBackoff(Duration.ofMinutes(5)).errorMessage("mail server down")
                .send().join();

        assertThat(activate(type, Duration.ofMillis(300))).isEmpty();
        server.engine().clock().moveBy(Duration.ofMinutes(5));
        ActivatedJob again = activateOne(type);
        assertThat(again.getKey()).isEqualTo(job.getKey());
        assertThat(again.getRetries()).isEqualTo(2);
    }

    @Test
    void aJobFailedWithNoRetriesLeftIsAnIncidentThatResolvingRetries() {
        String id = name("incident");
        String type = id + "-task";
        deploy(oneTask(id, type));
        long instance = start(id, Map.of());
        ActivatedJob job = activateOne(type);

        client.newFailCommand(job.getKey()).retries(0).errorMessage("letter template missing").send().join();

        Operations.IncidentView incident = server.engine().operations().openIncidents(0, 100).stream()
                .filter(i -> i.processInstanceKey() == instance).findFirst().orElseThrow();
        assertThat(incident.message()).isEqualTo("letter template missing");
        assertThat(activate(type, Duration.ofMillis(300))).isEmpty();

        client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        client.newResolveIncidentCommand(incident.key()).send().join();

        assertThat(activateOne(type).getKey()).isEqualTo(job.getKey());
    }

    @Test
    void anErrorThrownFromAJobIsCaughtByItsErrorBoundary() {
        String id = name("error");
        String type = id + "-task";
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("task", t -> t.zeebeJobType(type))
                .boundaryEvent("refused").error("REFUSED")
                .serviceTask("handle-refusal", t -> t.zeebeJobType(type + "-refused")).endEvent()
                .moveToActivity("task").endEvent().done());
        long instance = start(id, Map.of());

        client.newThrowErrorCommand(activateOne(type).getKey()).errorCode("REFUSED").errorMessage("consent withdrawn")
                .variables(Map.of("reason", "withdrawn")).send().join();

        ActivatedJob handling = activateOne(type + "-refused");
        assertThat(handling.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(handling.getVariablesAsMap()).containsEntry("reason", "withdrawn");
    }

    @Test
    void aPublishedMessageReachesTheInstanceWaitingForItsKeyAndADuplicateIdIsRefused() {
        String id = name("message");
        String type = id + "-after";
        String message = id + "-response";
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .intermediateCatchEvent("wait").message(m -> m.name(message).zeebeCorrelationKeyExpression("caseRef"))
                .serviceTask("after", t -> t.zeebeJobType(type)).endEvent().done());
        long instance = start(id, Map.of("caseRef", "C-42"));
        start(id, Map.of("caseRef", "C-43"));

        client.newPublishMessageCommand().messageName(message).correlationKey("C-42").messageId("m-1")
                .timeToLive(Duration.ofMinutes(1)).variables(Map.of("answer", "yes")).send().join();

        ActivatedJob after = activateOne(type);
        assertThat(after.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(after.getVariablesAsMap()).containsEntry("answer", "yes");
        assertThatThrownBy(() -> client.newPublishMessageCommand().messageName(message).correlationKey("C-42")
                .messageId("m-1").timeToLive(Duration.ofMinutes(1)).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
    }

    @Test
    void variablesSetOnAnInstanceAreSeenAndACancelledInstanceEnds() {
        String id = name("cancel");
        deploy(oneTask(id, id + "-task"));
        long instance = start(id, Map.of("stage", 1));

        client.newSetVariablesCommand(instance).variables(Map.of("stage", 2)).send().join();
        assertThat(server.engine().operations().variables(instance)).containsEntry("stage", 2);

        client.newCancelInstanceCommand(instance).send().join();
        assertThat(state(instance)).isEqualTo("TERMINATED");
    }

    @Test
    void commandsOnAJobThatDoesNotExistAnswerNotFound() {
        String id = name("gone");
        String type = id + "-task";
        deploy(oneTask(id, type));
        start(id, Map.of());
        long job = activateOne(type).getKey();
        client.newCompleteCommand(job).send().join();

        assertThatThrownBy(() -> client.newCompleteCommand(job).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> client.newFailCommand(job + 1_000_000).retries(1).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void anOperationTheEngineDoesNotSupportAnswersUnimplementedNamingIt() {
        assertThatThrownBy(() -> client.newBroadcastSignalCommand().signalName("stop").send().join())
                .isInstanceOfSatisfying(ClientStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
                    assertThat(e.getStatus().getDescription()).contains("BroadcastSignal");
                });
    }

    @Test
    void variablesThatAreNotAJsonObjectAreRefusedNamingTheField() {
        String id = name("array");
        deploy(oneTask(id, id + "-task"));
        ManagedChannel channel = NettyChannelBuilder.forAddress(server.grpcAddress()).usePlaintext().build();
        try {
            GatewayGrpc.GatewayBlockingStub gateway = GatewayGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> gateway.createProcessInstance(GatewayOuterClass.CreateProcessInstanceRequest.newBuilder()
                    .setBpmnProcessId(id).setVersion(-1).setVariables("[\"not\", \"an object\"]").build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(e.getStatus().getDescription()).startsWith("variables:");
                    });
        } finally {
            channel.shutdownNow();
        }
    }

    private static String name(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    private static BpmnModelInstance oneTask(String id, String type) {
        return Bpmn.createExecutableProcess(id).startEvent().serviceTask("task", t -> t.zeebeJobType(type)).endEvent().done();
    }

    private static DeploymentEvent deploy(BpmnModelInstance model) {
        String id = model.getModelElementsByType(Process.class).iterator().next().getId();
        return client.newDeployResourceCommand().addProcessModel(model, id + ".bpmn").send().join();
    }

    private static long start(String id, Map<String, Object> variables) {
        ProcessInstanceEvent created = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().variables(variables)
                .send().join();
        return created.getProcessInstanceKey();
    }

    private static List<ActivatedJob> activate(String type, Duration wait) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).requestTimeout(wait).send().join().getJobs();
    }

    private static ActivatedJob activateOne(String type) {
        List<ActivatedJob> jobs = activate(type, Duration.ofSeconds(5));
        assertThat(jobs).hasSize(1);
        return jobs.getFirst();
    }

    private static String state(long instance) {
        return server.engine().operations().instance(instance).orElseThrow().state();
    }
}
