package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Variable scopes and propagation, after docs.camunda.io "components/concepts/variables". */
class VariablesTest extends SemanticsTest {

    @Test
    void aJobsVariablesUpdateTheNearestScopeHoldingTheNameAndOtherwiseGoToTheRoot() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .subProcess("sub", sub -> sub.zeebeInputExpression("=x", "x")).embeddedSubProcess().startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .serviceTask("inside", t -> t.zeebeJobType(p + "inside"))
                .endEvent().subProcessDone()
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process", Map.of("x", 10));

        completeJob(p + "work", Map.of("x", 1, "y", 2));

        ActivatedJob inside = job(p + "inside");
        assertThat(inside.getVariablesAsMap()).as("inside the subprocess, its own x was updated")
                .containsEntry("x", 1).containsEntry("y", 2);
        complete(inside);
        assertThat(job(p + "after").getVariablesAsMap()).as("the root's x is untouched; y, held nowhere, went to the root")
                .containsEntry("x", 10).containsEntry("y", 2);
    }

    @Test
    void anInputMappingMakesAVariableLocalToItsElement() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work").zeebeInputExpression("=a + 1", "local"))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process", Map.of("a", 1));

        assertThat(completeJob(p + "work", Map.of()).getVariablesAsMap()).containsEntry("local", 2).containsEntry("a", 1);

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("a", 1).doesNotContainKey("local");
    }

    @Test
    void withOutputMappingsAJobsVariablesStayLocalAndOnlyTheTargetsPropagate() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work").zeebeOutputExpression("=result * 2", "doubled"))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        var result = startWithResult(p + "process", Map.of("other", "before"));

        completeJob(p + "work", Map.of("result", 5, "other", "changed"));

        assertThat(completeJob(p + "after", Map.of()).getVariablesAsMap()).containsEntry("doubled", 10)
                .containsEntry("other", "before").doesNotContainKey("result");
        assertThat(completed(result)).isEqualTo(Map.of("doubled", 10, "other", "before"));
    }

    @Test
    void setVariablesNonLocalPropagatesLikeAJobsVariablesAndLocalStaysOnTheElement() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .subProcess("sub", sub -> sub.zeebeInputExpression("=0", "v")).embeddedSubProcess().startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .serviceTask("inside", t -> t.zeebeJobType(p + "inside"))
                .endEvent().subProcessDone()
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process");
        ActivatedJob work = job(p + "work");

        client().newSetVariablesCommand(work.getElementInstanceKey()).variables(Map.of("v", 2, "w", 3)).local(false).send().join();
        client().newSetVariablesCommand(work.getElementInstanceKey()).variables(Map.of("z", 4)).local(true).send().join();
        client().newSetVariablesCommand(work.getProcessInstanceKey()).variables(Map.of("r", 5)).local(true).send().join();
        complete(work);

        ActivatedJob inside = job(p + "inside");
        assertThat(inside.getVariablesAsMap()).containsEntry("v", 2).containsEntry("w", 3).containsEntry("r", 5)
                .doesNotContainKey("z");
        complete(inside);
        assertThat(job(p + "after").getVariablesAsMap()).as("v lived in the subprocess; w reached the root")
                .containsEntry("w", 3).containsEntry("r", 5).doesNotContainKeys("v", "z");
    }

    @Test
    void createInstanceVariablesAreTheRootsAndEveryJobSeesThem() {
        deploy(oneTask(p + "process", p + "work"));
        var result = startWithResult(p + "process", Map.of("name", "value", "nested", Map.of("n", 1)));

        assertThat(completeJob(p + "work", Map.of("added", true)).getVariablesAsMap())
                .isEqualTo(Map.of("name", "value", "nested", Map.of("n", 1)));

        assertThat(completed(result)).isEqualTo(Map.of("name", "value", "nested", Map.of("n", 1), "added", true));
    }
}
