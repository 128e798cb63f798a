package uk.stpartnership.testsupport;

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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The reference: Zeebe's own engine, in memory, with a gRPC gateway on a free port; its clock moves only when told. Process
 * tests run on it and on the platform's engine, to show that both behave alike.
 */
final class ReferenceEngine extends TestEngine {

    private final ZeebeTestEngine engine;

    private ReferenceEngine(ZeebeTestEngine engine) {
        super("http://" + engine.getGatewayAddress());
        this.engine = engine;
    }

    static ReferenceEngine launch() {
        ZeebeTestEngine engine = EngineFactory.create(FreePort.find());
        engine.start();
        return new ReferenceEngine(engine);
    }

    @Override
    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
        waitForIdle();
    }

    @Override
    public void moveClock(Duration duration) {
        engine.increaseTime(duration);
    }

    @Override
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

    @Override
    public List<String> completedElements(long processInstanceKey) {
        waitForIdle();
        return processInstanceRecords(processInstanceKey, ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(ProcessInstanceRecordValue::getElementId).toList();
    }

    @Override
    public boolean hasCompleted(long processInstanceKey) {
        waitForIdle();
        return processInstanceRecords(processInstanceKey, ProcessInstanceIntent.ELEMENT_COMPLETED)
                .anyMatch(value -> value.getBpmnElementType() == BpmnElementType.PROCESS);
    }

    @Override
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

    @Override
    public List<Long> startedInstances(String bpmnProcessId) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.PROCESS_INSTANCE && record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .map(record -> (ProcessInstanceRecordValue) record.getValue())
                .filter(value -> value.getBpmnElementType() == BpmnElementType.PROCESS && value.getBpmnProcessId().equals(bpmnProcessId))
                .map(ProcessInstanceRecordValue::getProcessInstanceKey).toList();
    }

    @Override
    public List<Long> instancesWith(String bpmnProcessId, String variable, String value) {
        String json = "\"" + value + "\"";
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.VARIABLE && record.getIntent() == VariableIntent.CREATED)
                .map(record -> (VariableRecordValue) record.getValue())
                .filter(v -> v.getBpmnProcessId().equals(bpmnProcessId) && v.getScopeKey() == v.getProcessInstanceKey()
                        && v.getName().equals(variable) && v.getValue().equals(json))
                .map(VariableRecordValue::getProcessInstanceKey).distinct().toList();
    }

    @Override
    public List<String> failedJobTypes(long processInstanceKey) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(record -> record.getValueType() == ValueType.JOB && record.getIntent() == JobIntent.FAILED)
                .map(record -> (JobRecordValue) record.getValue())
                .filter(value -> value.getProcessInstanceKey() == processInstanceKey)
                .map(JobRecordValue::getType).toList();
    }

    @Override
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
        super.close();
        engine.stop();
    }
}
