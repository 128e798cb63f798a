package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Call activities, after docs.camunda.io "components/modeler/bpmn/call-activities". */
class CallActivityTest extends SemanticsTest {

    private void deployParentAndChild(boolean propagateAll) {
        deploy(Bpmn.createExecutableProcess(p + "child").startEvent()
                .serviceTask("childWork", t -> t.zeebeJobType(p + "childWork")).endEvent().done());
        deploy(Bpmn.createExecutableProcess(p + "parent").startEvent()
                .callActivity("call", c -> {
                    c.zeebeProcessId(p + "child");
                    if (!propagateAll) {
                        c.zeebePropagateAllChildVariables(false).zeebeOutputExpression("answer", "childAnswer");
                    }
                })
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
    }

    @Test
    void theChildReceivesTheParentsVariablesAndPropagatesItsOwnBack() {
        deployParentAndChild(true);
        var result = startWithResult(p + "parent", Map.of("case", "C-1"));

        ActivatedJob childWork = job(p + "childWork");
        assertThat(childWork.getBpmnProcessId()).isEqualTo(p + "child");
        assertThat(childWork.getVariablesAsMap()).containsEntry("case", "C-1");
        complete(childWork, Map.of("answer", 42, "note", "kept"));

        assertThat(completeJob(p + "after", Map.of()).getVariablesAsMap()).containsEntry("answer", 42).containsEntry("note", "kept");
        assertThat(completed(result)).containsEntry("case", "C-1").containsEntry("answer", 42);
    }

    @Test
    void outputMappingsRestrictWhatComesBack() {
        deployParentAndChild(false);
        start(p + "parent", Map.of("case", "C-1"));

        completeJob(p + "childWork", Map.of("answer", 42, "note", "dropped"));

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("childAnswer", 42).doesNotContainKeys("answer", "note");
    }

    @Test
    void cancellingTheParentCancelsTheChild() {
        deployParentAndChild(true);
        long parent = start(p + "parent", Map.of());
        ActivatedJob childWork = job(p + "childWork");
        assertThat(childWork.getProcessInstanceKey()).isNotEqualTo(parent);

        client().newCancelInstanceCommand(parent).send().join();

        assertThat(refusal(() -> complete(childWork))).as("the child's job went with it").isEqualTo(Status.Code.NOT_FOUND);
        assertThat(refusal(() -> client().newCancelInstanceCommand(childWork.getProcessInstanceKey()).send().join()))
                .as("the child instance is gone").isEqualTo(Status.Code.NOT_FOUND);
        noJob(p + "after");
    }
}
