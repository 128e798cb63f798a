package uk.stpartnership.testsupport;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

    /**
     * Moves the engine's clock without waiting for it to go idle: with a service's job workers polling, it
     * never does. The caller then waits for what it expects to happen.
     */
    public void moveClock(Duration duration) {
        engine.increaseTime(duration);
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

    /** The ids of the elements of one instance that have completed, in order (e.g. end events reached). */
    public List<String> completedElements(long processInstanceKey) {
        waitForIdle();
        return processInstanceRecords(processInstanceKey, ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(ProcessInstanceRecordValue::getElementId).toList();
    }

    /** Whether the instance as a whole has completed. */
    public boolean hasCompleted(long processInstanceKey) {
        waitForIdle();
        return processInstanceRecords(processInstanceKey, ProcessInstanceIntent.ELEMENT_COMPLETED)
                .anyMatch(value -> value.getBpmnElementType() == BpmnElementType.PROCESS);
    }

    /** The element ids of one instance that are active now (entered and neither completed nor terminated). */
    public List<String> activeElements(long processInstanceKey) {
        waitForIdle();
        Map<Long, String> active = new LinkedHashMap<>();
        for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
            if (record.getValueType() == ValueType.PROCESS_INSTANCE
                    && record.getValue() instanceof ProcessInstanceRecordValue value
                    && value.getProcessInstanceKey() == processInstanceKey
                    && value.getBpmnElementType() != BpmnElementType.PROCESS) {
                if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
                    active.put(record.getKey(), value.getElementId());
                } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                    active.remove(record.getKey());
                }
            }
        }
        return List.copyOf(active.values());
    }

    /** The keys of the instances of a process that the engine has started so far, in order. */
    public List<Long> startedInstances(String bpmnProcessId) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.PROCESS_INSTANCE && record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .map(record -> (ProcessInstanceRecordValue) record.getValue())
                .filter(value -> value.getBpmnElementType() == BpmnElementType.PROCESS && value.getBpmnProcessId().equals(bpmnProcessId))
                .map(ProcessInstanceRecordValue::getProcessInstanceKey).toList();
    }

    /**
     * Starts a process as workflow-service's outbox does: the message of its message start event, with the record's id
     * as correlation key and message id. Answers the instance it started.
     */
    public long startByMessage(String bpmnProcessId, String messageName, String recordId, Map<String, Object> variables) {
        int before = startedInstances(bpmnProcessId).size();
        client.newPublishMessageCommand().messageName(messageName).correlationKey(recordId).messageId(recordId)
                .timeToLive(Duration.ofHours(1)).variables(variables).send().join();
        waitForIdle();
        List<Long> started = startedInstances(bpmnProcessId);
        if (started.size() != before + 1) {
            throw new IllegalStateException("The message " + messageName + " started " + (started.size() - before) + " instances of " + bpmnProcessId);
        }
        return started.get(started.size() - 1);
    }

    /**
     * The instances of a process started with a variable of that text value (the id of the record they are for), read
     * as the records stand, without waiting for the engine to go idle.
     */
    public List<Long> instancesWith(String bpmnProcessId, String variable, String value) {
        String json = "\"" + value + "\"";
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.VARIABLE && record.getIntent() == VariableIntent.CREATED)
                .map(record -> (VariableRecordValue) record.getValue())
                .filter(v -> v.getBpmnProcessId().equals(bpmnProcessId) && v.getScopeKey() == v.getProcessInstanceKey()
                        && v.getName().equals(variable) && v.getValue().equals(json))
                .map(VariableRecordValue::getProcessInstanceKey).distinct().toList();
    }

    /** The types of the jobs of one instance that a worker has failed so far (to be retried), one entry per failure. */
    public List<String> failedJobTypes(long processInstanceKey) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.JOB && record.getIntent() == JobIntent.FAILED)
                .map(record -> (JobRecordValue) record.getValue())
                .filter(value -> value.getProcessInstanceKey() == processInstanceKey)
                .map(JobRecordValue::getType).toList();
    }

    /**
     * Every variable and job record the engine wrote, as JSON (names, values, job variables, headers, error
     * messages): what an exporter or an operator tool could read. Read as they stand, without waiting for the engine
     * to go idle (with a service's workers polling, it never does).
     */
    public List<String> variableAndJobRecords() {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.VARIABLE || record.getValueType() == ValueType.JOB
                        || record.getValueType() == ValueType.JOB_BATCH || record.getValueType() == ValueType.INCIDENT
                        || record.getValueType() == ValueType.MESSAGE || record.getValueType() == ValueType.PROCESS_INSTANCE_CREATION
                        || record.getValueType() == ValueType.ERROR)
                .map(Record::toJson).toList();
    }

    private Stream<ProcessInstanceRecordValue> processInstanceRecords(long processInstanceKey, ProcessInstanceIntent intent) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.PROCESS_INSTANCE && record.getIntent() == intent)
                .map(record -> (ProcessInstanceRecordValue) record.getValue())
                .filter(value -> value.getProcessInstanceKey() == processInstanceKey);
    }

    @Override
    public void close() {
        client.close();
        engine.stop();
    }
}
