package uk.stpartnership.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BrokerInfo;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeleteResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeleteResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Partition;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutResponse;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import uk.stpartnership.engine.Engine;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.CreateInstance;
import uk.stpartnership.engine.api.CreatedInstance;
import uk.stpartnership.engine.api.Deployment;
import uk.stpartnership.engine.api.JobActivation;
import uk.stpartnership.engine.api.Message;
import uk.stpartnership.engine.api.Resource;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Zeebe's gateway protocol over the engine: what the Camunda Java client, zbctl and Camunda Modeler send. The engine
 * has one partition and no tenants; operations it does not support answer UNIMPLEMENTED, naming themselves.
 */
public final class GatewayService extends GatewayGrpc.GatewayImplBase implements AutoCloseable {

    /** Zeebe's tenant when multi-tenancy is off: the only one there is. */
    static final String DEFAULT_TENANT = "<default>";
    /** What a request timeout of 0 means ("the gateway's default"). */
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The protocol version the engine speaks, which clients such as Camunda Modeler check. */
    static final String VERSION = versionOf(GatewayGrpc.class, "8.8.0");

    private final Engine engine;
    private final Supplier<InetSocketAddress> address;
    private final JobLongPolling longPolling;
    private final JobStreams streams;

    /** @param address where clients reach this gateway, named in the topology */
    public GatewayService(Engine engine, Supplier<InetSocketAddress> address) {
        this.engine = engine;
        this.address = address;
        this.longPolling = new JobLongPolling(engine);
        this.streams = new JobStreams(engine);
    }

    @Override
    public void topology(TopologyRequest request, StreamObserver<TopologyResponse> response) {
        answer("Topology", response, () -> {
            InetSocketAddress at = address.get();
            Partition partition = Partition.newBuilder().setPartitionId(1)
                    .setRole(Partition.PartitionBrokerRole.LEADER).setHealth(Partition.PartitionBrokerHealth.HEALTHY).build();
            BrokerInfo broker = BrokerInfo.newBuilder().setNodeId(0).setHost(at.getHostString()).setPort(at.getPort())
                    .setVersion(VERSION).addPartitions(partition).build();
            return TopologyResponse.newBuilder().addBrokers(broker).setClusterSize(1).setPartitionsCount(1)
                    .setReplicationFactor(1).setGatewayVersion(VERSION).build();
        });
    }

    @Override
    public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> response) {
        answer("DeployResource", response, () -> {
            tenant(request.getTenantId());
            Deployment deployment = engine.deploy(request.getResourcesList().stream()
                    .map(r -> new Resource(r.getName(), r.getContent().toByteArray())).toList());
            DeployResourceResponse.Builder answer = DeployResourceResponse.newBuilder().setKey(deployment.key()).setTenantId(DEFAULT_TENANT);
            deployment.processes().forEach(p -> answer.addDeploymentsBuilder().setProcess(metadata(p)));
            return answer.build();
        });
    }

    @Override
    @SuppressWarnings("deprecation") // older clients and zbctl still send it
    public void deployProcess(DeployProcessRequest request, StreamObserver<DeployProcessResponse> response) {
        answer("DeployProcess", response, () -> {
            Deployment deployment = engine.deploy(request.getProcessesList().stream()
                    .map(p -> new Resource(p.getName(), p.getDefinition().toByteArray())).toList());
            DeployProcessResponse.Builder answer = DeployProcessResponse.newBuilder().setKey(deployment.key());
            deployment.processes().forEach(p -> answer.addProcesses(metadata(p)));
            return answer.build();
        });
    }

    @Override
    public void createProcessInstance(CreateProcessInstanceRequest request, StreamObserver<CreateProcessInstanceResponse> response) {
        answer("CreateProcessInstance", response, () -> {
            CreatedInstance created = engine.createInstance(creation(request));
            return CreateProcessInstanceResponse.newBuilder().setProcessInstanceKey(created.processInstanceKey())
                    .setProcessDefinitionKey(created.processDefinitionKey()).setBpmnProcessId(created.bpmnProcessId())
                    .setVersion(created.version()).setTenantId(DEFAULT_TENANT).build();
        });
    }

    @Override
    public void createProcessInstanceWithResult(CreateProcessInstanceWithResultRequest request,
                                                StreamObserver<CreateProcessInstanceWithResultResponse> response) {
        String operation = "CreateProcessInstanceWithResult";
        CompletableFuture<CreatedInstance> result;
        try {
            result = engine.createInstanceWithResult(creation(request.getRequest()), request.getFetchVariablesList());
        } catch (RuntimeException e) {
            response.onError(GatewayErrors.status(operation, e));
            return;
        }
        Duration timeout = requestTimeout(request.getRequestTimeout());
        // Completing the engine's future on timeout or cancellation lets it forget the waiter.
        ((ServerCallStreamObserver<?>) response).setOnCancelHandler(() -> result.cancel(false));
        result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((created, failure) -> {
            if (failure instanceof TimeoutException) {
                response.onError(Status.DEADLINE_EXCEEDED.withDescription(
                        "The process instance did not complete within the request timeout of " + timeout.toMillis() + " ms")
                        .asRuntimeException());
            } else if (failure instanceof CancellationException) {
                // the client went away: nobody to answer
            } else if (failure != null) {
                response.onError(GatewayErrors.status(operation, failure));
            } else {
                response.onNext(CreateProcessInstanceWithResultResponse.newBuilder()
                        .setProcessInstanceKey(created.processInstanceKey()).setProcessDefinitionKey(created.processDefinitionKey())
                        .setBpmnProcessId(created.bpmnProcessId()).setVersion(created.version())
                        .setVariables(VariableDocuments.write(created.variables())).setTenantId(DEFAULT_TENANT).build());
                response.onCompleted();
            }
        });
    }

    @Override
    public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> response) {
        JobActivation activation;
        try {
            tenants(request.getTenantIdsList());
            if (request.getMaxJobsToActivate() < 1) {
                throw new InvalidRequest("maxJobsToActivate: must be at least 1");
            }
            activation = activation(request.getType(), request.getWorker(), request.getTimeout(), request.getMaxJobsToActivate(),
                    request.getFetchVariableList());
        } catch (RuntimeException e) {
            response.onError(GatewayErrors.status("ActivateJobs", e));
            return;
        }
        long requestTimeout = request.getRequestTimeout();
        Duration wait = requestTimeout < 0 ? Duration.ZERO : requestTimeout(requestTimeout);
        longPolling.activate(activation, wait, (ServerCallStreamObserver<ActivateJobsResponse>) response,
                jobs -> response.onNext(ActivateJobsResponse.newBuilder().addAllJobs(jobs.stream().map(GatewayService::job).toList()).build()));
    }

    @Override
    public void streamActivatedJobs(StreamActivatedJobsRequest request,
                                    StreamObserver<io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob> response) {
        JobActivation activation;
        try {
            tenants(request.getTenantIdsList());
            activation = activation(request.getType(), request.getWorker(), request.getTimeout(), JobStreams.BATCH,
                    request.getFetchVariableList());
        } catch (RuntimeException e) {
            response.onError(GatewayErrors.status("StreamActivatedJobs", e));
            return;
        }
        streams.open(activation, (ServerCallStreamObserver<?>) response, job -> response.onNext(job(job)));
    }

    @Override
    public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> response) {
        answer("CompleteJob", response, () -> {
            if (request.hasResult()) {
                throw GatewayErrors.unimplemented("CompleteJob with a job result",
                        "job results belong to user task listeners and ad-hoc subprocesses");
            }
            engine.completeJob(request.getJobKey(), VariableDocuments.read(request.getVariables(), "variables"));
            return CompleteJobResponse.getDefaultInstance();
        });
    }

    @Override
    public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> response) {
        answer("FailJob", response, () -> {
            if (request.getRetryBackOff() < 0) {
                throw new InvalidRequest("retryBackOff: must not be negative");
            }
            engine.failJob(request.getJobKey(), request.getRetries(), request.getErrorMessage(),
                    Duration.ofMillis(request.getRetryBackOff()), VariableDocuments.read(request.getVariables(), "variables"));
            return FailJobResponse.getDefaultInstance();
        });
    }

    @Override
    public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> response) {
        answer("ThrowError", response, () -> {
            if (request.getErrorCode().isBlank()) {
                throw new InvalidRequest("errorCode: must not be empty");
            }
            engine.throwError(request.getJobKey(), request.getErrorCode(), request.getErrorMessage(),
                    VariableDocuments.read(request.getVariables(), "variables"));
            return ThrowErrorResponse.getDefaultInstance();
        });
    }

    @Override
    public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> response) {
        answer("UpdateJobRetries", response, () -> {
            if (request.getRetries() < 1) {
                throw new InvalidRequest("retries: must be at least 1");
            }
            engine.updateJobRetries(request.getJobKey(), request.getRetries());
            return UpdateJobRetriesResponse.getDefaultInstance();
        });
    }

    @Override
    public void updateJobTimeout(UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> response) {
        answer("UpdateJobTimeout", response, () -> {
            if (request.getTimeout() < 1) {
                throw new InvalidRequest("timeout: must be at least 1 ms");
            }
            engine.updateJobTimeout(request.getJobKey(), Duration.ofMillis(request.getTimeout()));
            return UpdateJobTimeoutResponse.getDefaultInstance();
        });
    }

    @Override
    public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> response) {
        answer("PublishMessage", response, () -> {
            tenant(request.getTenantId());
            if (request.getName().isBlank()) {
                throw new InvalidRequest("name: must not be empty");
            }
            if (request.getTimeToLive() < 0) {
                throw new InvalidRequest("timeToLive: must not be negative");
            }
            long key = engine.publishMessage(new Message(request.getName(), request.getCorrelationKey(),
                    Duration.ofMillis(request.getTimeToLive()), request.getMessageId(),
                    VariableDocuments.read(request.getVariables(), "variables")));
            return PublishMessageResponse.newBuilder().setKey(key).setTenantId(DEFAULT_TENANT).build();
        });
    }

    @Override
    public void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> response) {
        answer("SetVariables", response, () -> {
            long key = engine.setVariables(request.getElementInstanceKey(),
                    VariableDocuments.read(request.getVariables(), "variables"), request.getLocal());
            return SetVariablesResponse.newBuilder().setKey(key).build();
        });
    }

    @Override
    public void cancelProcessInstance(CancelProcessInstanceRequest request, StreamObserver<CancelProcessInstanceResponse> response) {
        answer("CancelProcessInstance", response, () -> {
            engine.cancelInstance(request.getProcessInstanceKey());
            return CancelProcessInstanceResponse.getDefaultInstance();
        });
    }

    @Override
    public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> response) {
        answer("ResolveIncident", response, () -> {
            engine.resolveIncident(request.getIncidentKey());
            return ResolveIncidentResponse.getDefaultInstance();
        });
    }

    @Override
    public void evaluateDecision(EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> response) {
        response.onError(GatewayErrors.unimplemented("EvaluateDecision", "it runs no DMN decisions"));
    }

    @Override
    public void modifyProcessInstance(ModifyProcessInstanceRequest request, StreamObserver<ModifyProcessInstanceResponse> response) {
        response.onError(GatewayErrors.unimplemented("ModifyProcessInstance", "cancel the instance and start a new one"));
    }

    @Override
    public void migrateProcessInstance(MigrateProcessInstanceRequest request, StreamObserver<MigrateProcessInstanceResponse> response) {
        response.onError(GatewayErrors.unimplemented("MigrateProcessInstance", "instances finish on the version they started on"));
    }

    @Override
    public void deleteResource(DeleteResourceRequest request, StreamObserver<DeleteResourceResponse> response) {
        response.onError(GatewayErrors.unimplemented("DeleteResource", "deployed versions are kept"));
    }

    @Override
    public void broadcastSignal(BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> response) {
        response.onError(GatewayErrors.unimplemented("BroadcastSignal", "it has no signal events"));
    }

    @Override
    public void close() {
        longPolling.close();
        streams.close();
    }

    private static <T> void answer(String operation, StreamObserver<T> response, Supplier<T> command) {
        T answer;
        try {
            answer = command.get();
        } catch (RuntimeException e) {
            response.onError(GatewayErrors.status(operation, e));
            return;
        }
        response.onNext(answer);
        response.onCompleted();
    }

    private static CreateInstance creation(CreateProcessInstanceRequest request) {
        tenant(request.getTenantId());
        if (request.getStartInstructionsCount() > 0 || request.getRuntimeInstructionsCount() > 0) {
            throw GatewayErrors.unimplemented("CreateProcessInstance with start or runtime instructions",
                    "instances start at their none start event");
        }
        if (request.getProcessDefinitionKey() == 0 && request.getBpmnProcessId().isBlank()) {
            throw new InvalidRequest("bpmnProcessId: name the process by id or by processDefinitionKey");
        }
        return new CreateInstance(request.getBpmnProcessId(), request.getVersion(), request.getProcessDefinitionKey(),
                VariableDocuments.read(request.getVariables(), "variables"));
    }

    private static JobActivation activation(String type, String worker, long timeout, int maxJobs, List<String> fetchVariables) {
        if (type.isBlank()) {
            throw new InvalidRequest("type: must not be empty");
        }
        if (timeout < 1) {
            throw new InvalidRequest("timeout: must be at least 1 ms");
        }
        return new JobActivation(type, worker, Duration.ofMillis(timeout), maxJobs, fetchVariables);
    }

    private static void tenants(List<String> tenantIds) {
        tenantIds.forEach(GatewayService::tenant);
    }

    private static io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob job(ActivatedJob job) {
        return io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.newBuilder()
                .setKey(job.key()).setType(job.type()).setProcessInstanceKey(job.processInstanceKey())
                .setBpmnProcessId(job.bpmnProcessId()).setProcessDefinitionVersion(job.processDefinitionVersion())
                .setProcessDefinitionKey(job.processDefinitionKey()).setElementId(job.elementId())
                .setElementInstanceKey(job.elementInstanceKey()).setCustomHeaders(VariableDocuments.write(job.customHeaders()))
                .setWorker(job.worker() == null ? "" : job.worker()).setRetries(job.retries()).setDeadline(job.deadline())
                .setVariables(VariableDocuments.write(job.variables())).setTenantId(DEFAULT_TENANT).build();
    }

    private static ProcessMetadata metadata(Deployment.DeployedProcess process) {
        return ProcessMetadata.newBuilder().setBpmnProcessId(process.bpmnProcessId()).setVersion(process.version())
                .setProcessDefinitionKey(process.processDefinitionKey()).setResourceName(process.resourceName())
                .setTenantId(DEFAULT_TENANT).build();
    }

    private static void tenant(String tenantId) {
        if (!tenantId.isEmpty() && !tenantId.equals(DEFAULT_TENANT)) {
            throw new InvalidRequest("tenantId: this engine has no tenants but " + DEFAULT_TENANT);
        }
    }

    private static Duration requestTimeout(long millis) {
        return millis <= 0 ? DEFAULT_REQUEST_TIMEOUT : Duration.ofMillis(millis);
    }

    private static String versionOf(Class<?> type, String fallback) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? fallback : version;
    }
}
