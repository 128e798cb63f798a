package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Gateways, after docs.camunda.io "components/modeler/bpmn/{exclusive,parallel,inclusive,event-based}-gateways". */
class GatewaysTest extends SemanticsTest {

    private BpmnModelInstance exclusive(boolean withDefault) {
        var gateway = Bpmn.createExecutableProcess(p + "process").startEvent().exclusiveGateway("decide")
                .sequenceFlowId("toA").conditionExpression("x > 1").serviceTask("a", t -> t.zeebeJobType(p + "a")).endEvent()
                .moveToLastExclusiveGateway().sequenceFlowId("toB").conditionExpression("x > 5").serviceTask("b", t -> t.zeebeJobType(p + "b")).endEvent()
                .moveToLastExclusiveGateway();
        return withDefault ? gateway.defaultFlow().serviceTask("c", t -> t.zeebeJobType(p + "c")).endEvent().done()
                : gateway.conditionExpression("x < 0").serviceTask("c", t -> t.zeebeJobType(p + "c")).endEvent().done();
    }

    /** docs.camunda.io "components/modeler/bpmn/exclusive-gateways": conditions are evaluated in BPMN XML order. */
    @Test
    void anExclusiveGatewayTakesTheFirstTrueConditionInOrder() {
        skipOn(TestedEngine.Kind.REFERENCE, "the in-memory reference 8.8.21 takes the second true flow here, not the first in XML order");
        deploy(exclusive(true));
        start(p + "process", Map.of("x", 10));
        job(p + "a");
        noJob(p + "b");
        noJob(p + "c");
    }

    @Test
    void anExclusiveGatewayTakesItsDefaultFlowWhenNoConditionHolds() {
        deploy(exclusive(true));
        start(p + "process", Map.of("x", 0));

        job(p + "c");
        noJob(p + "a");
    }

    @Test
    void anExclusiveGatewayWithNoTrueConditionAndNoDefaultRaisesAnIncident() {
        deploy(exclusive(false));
        long instance = start(p + "process", Map.of("x", 0));

        assertThat(openIncidents(instance)).hasSize(1);
        noJob(p + "a");
        noJob(p + "b");
        noJob(p + "c");
    }

    @Test
    void aParallelGatewayForksEveryFlowAndItsJoinWaitsForAll() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent().parallelGateway("fork")
                .serviceTask("a", t -> t.zeebeJobType(p + "a")).parallelGateway("join")
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent()
                .moveToNode("fork").serviceTask("b", t -> t.zeebeJobType(p + "b")).connectTo("join").done());
        var result = startWithResult(p + "process", Map.of());

        completeJob(p + "a", Map.of("fromA", 1));
        noJob(p + "after");
        completeJob(p + "b", Map.of("fromB", 2));

        assertThat(completeJob(p + "after", Map.of()).getVariablesAsMap()).containsEntry("fromA", 1).containsEntry("fromB", 2);
        assertThat(completed(result)).containsEntry("fromA", 1).containsEntry("fromB", 2);
    }

    private BpmnModelInstance inclusive() {
        return Bpmn.createExecutableProcess(p + "process").startEvent().inclusiveGateway("fork")
                .conditionExpression("a").serviceTask("a", t -> t.zeebeJobType(p + "a")).inclusiveGateway("join")
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent()
                .moveToNode("fork").conditionExpression("b").serviceTask("b", t -> t.zeebeJobType(p + "b")).connectTo("join")
                .moveToNode("fork").conditionExpression("c").serviceTask("c", t -> t.zeebeJobType(p + "c")).connectTo("join")
                .done();
    }

    @Test
    void anInclusiveForkTakesEveryTrueConditionAndItsJoinDoesNotWaitForAFlowNotTaken() {
        deploy(inclusive());
        var result = startWithResult(p + "process", Map.of("a", true, "b", true, "c", false));

        ActivatedJob a = job(p + "a");
        ActivatedJob b = job(p + "b");
        noJob(p + "c");
        complete(b, Map.of("fromB", 2));
        noJob(p + "after");
        complete(a, Map.of("fromA", 1));

        assertThat(jobs(p + "after", 1)).as("the join went on once, without c").hasSize(1).first()
                .satisfies(after -> {
                    assertThat(after.getVariablesAsMap()).containsEntry("fromA", 1).containsEntry("fromB", 2);
                    complete(after);
                });
        assertThat(completed(result)).containsEntry("fromA", 1);
    }

    @Test
    void anInclusiveJoinWithOneTokenGoesOnAtOnce() {
        deploy(inclusive());
        start(p + "process", Map.of("a", false, "b", false, "c", true));

        completeJob(p + "c", Map.of());

        job(p + "after");
        noJob(p + "a");
        noJob(p + "b");
    }

    private BpmnModelInstance eventBased() {
        return Bpmn.createExecutableProcess(p + "process").startEvent().eventBasedGateway("wait")
                .intermediateCatchEvent("reply", e -> e.message(m -> m.name(p + "reply").zeebeCorrelationKeyExpression("key")))
                .serviceTask("replied", t -> t.zeebeJobType(p + "replied")).endEvent()
                .moveToLastGateway()
                .intermediateCatchEvent("late", e -> e.timerWithDuration("PT1H"))
                .serviceTask("chased", t -> t.zeebeJobType(p + "chased")).endEvent()
                .done();
    }

    @Test
    void anEventBasedGatewayTakesTheMessageWhenItComesFirst() {
        deploy(eventBased());
        start(p + "process", Map.of("key", p + "k"));
        engine().waitForIdle();

        publish(p + "reply", p + "k", Map.of("answer", "yes"), Duration.ZERO);
        assertThat(job(p + "replied").getVariablesAsMap()).containsEntry("answer", "yes");

        increaseTime(Duration.ofHours(2));
        noJob(p + "chased");
    }

    @Test
    void anEventBasedGatewayTakesTheTimerWhenItFiresFirst() {
        deploy(eventBased());
        start(p + "process", Map.of("key", p + "k"));
        engine().waitForIdle();

        increaseTime(Duration.ofHours(2));
        job(p + "chased");

        publish(p + "reply", p + "k", Map.of(), Duration.ZERO);
        noJob(p + "replied");
    }

    @Test
    void parallelBranchesThatEachEndLetTheInstanceCompleteOnceAllHave() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent().parallelGateway("fork")
                .serviceTask("a", t -> t.zeebeJobType(p + "a")).endEvent("endA")
                .moveToNode("fork").serviceTask("b", t -> t.zeebeJobType(p + "b")).endEvent("endB").done());
        var result = startWithResult(p + "process", Map.of());

        completeJob(p + "a", Map.of("one", 1));
        assertThat(result.isDone()).isFalse();
        completeJob(p + "b", Map.of("two", 2));

        assertThat(completed(result)).isEqualTo(Map.of("one", 1, "two", 2));
    }
}
