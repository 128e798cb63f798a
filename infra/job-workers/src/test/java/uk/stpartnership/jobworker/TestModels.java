package uk.stpartnership.jobworker;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import uk.stpartnership.testsupport.TestEngine;

import java.util.Map;

/** Small models for the worker layer's tests, deployed and started on the test engine. */
final class TestModels {

    private TestModels() {
    }

    /** start → one service task "task" of the job type with the model's retries → end event "done". */
    static BpmnModelInstance oneTask(String processId, String jobType, int retries) {
        return Bpmn.createExecutableProcess(processId).startEvent("start")
                .serviceTask("task", task -> task.zeebeJobType(jobType).zeebeJobRetries(Integer.toString(retries)))
                .endEvent("done")
                .done();
    }

    /** As {@link #oneTask}, with a boundary event catching the BPMN error NOT_FOUND on the task, leading to "record-missing". */
    static BpmnModelInstance catchingNotFound(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId).startEvent("start")
                .serviceTask("task", task -> task.zeebeJobType(jobType).zeebeJobRetries("3"))
                .boundaryEvent("not-found", event -> event.error("NOT_FOUND"))
                .endEvent("record-missing")
                .moveToActivity("task")
                .endEvent("done")
                .done();
    }

    /** Deploys the model and starts one instance of it: answers the instance's key. */
    static long start(TestEngine engine, BpmnModelInstance model, Map<String, Object> variables) {
        String processId = model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class).iterator().next().getId();
        engine.client().newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
        return engine.client().newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }
}
