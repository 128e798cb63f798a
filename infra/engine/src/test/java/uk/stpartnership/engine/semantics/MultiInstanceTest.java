package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.MultiInstanceLoopCharacteristicsBuilder;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Multi-instance activities, after docs.camunda.io "components/modeler/bpmn/multi-instance". */
class MultiInstanceTest extends SemanticsTest {

    private static Consumer<MultiInstanceLoopCharacteristicsBuilder> overItems(boolean parallel) {
        return mi -> {
            if (parallel) {
                mi.parallel();
            } else {
                mi.sequential();
            }
            mi.zeebeInputCollectionExpression("items").zeebeInputElement("item")
                    .zeebeOutputCollection("results").zeebeOutputElementExpression("result");
        };
    }

    private void deployTask(Consumer<MultiInstanceLoopCharacteristicsBuilder> loop) {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("each", t -> t.zeebeJobType(p + "each").multiInstance(loop))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
    }

    private static Object item(ActivatedJob job) {
        return job.getVariablesAsMap().get("item");
    }

    @Test
    void aParallelTaskRunsOncePerItemEachWithItsOwnItemAndCollectsTheResultsInTheItemsOrder() {
        deployTask(overItems(true));
        var result = startWithResult(p + "process", Map.of("items", List.of(1, 2, 3)));

        List<ActivatedJob> each = jobs(p + "each", 3);
        assertThat(each).extracting(MultiInstanceTest::item).containsExactlyInAnyOrder(1, 2, 3);
        each.stream().sorted(Comparator.comparing(job -> -((Number) item(job)).intValue()))
                .forEach(job -> complete(job, Map.of("result", ((Number) item(job)).intValue() * 10)));

        ActivatedJob after = job(p + "after");
        assertThat(after.getVariablesAsMap()).containsEntry("results", List.of(10, 20, 30)).doesNotContainKey("item");
        complete(after);
        assertThat(completed(result)).containsEntry("results", List.of(10, 20, 30));
    }

    @Test
    void aSequentialTaskRunsOneItemAtATimeInOrder() {
        deployTask(overItems(false));
        start(p + "process", Map.of("items", List.of("a", "b", "c")));

        for (String expected : List.of("a", "b", "c")) {
            ActivatedJob one = job(p + "each");
            assertThat(item(one)).isEqualTo(expected);
            complete(one, Map.of("result", expected.toUpperCase()));
        }

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("results", List.of("A", "B", "C"));
    }

    @Test
    void anEmptyCollectionSkipsTheActivity() {
        deployTask(overItems(true));
        start(p + "process", Map.of("items", List.of()));

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("results", List.of());
        noJob(p + "each");
    }

    @Test
    void aCompletionConditionEndsTheRemainingInstances() {
        deployTask(overItems(true).andThen(mi -> mi.completionCondition("=numberOfCompletedInstances >= 2")));
        start(p + "process", Map.of("items", List.of(1, 2, 3)));
        List<ActivatedJob> each = jobs(p + "each", 3);

        complete(each.get(0), Map.of("result", 1));
        complete(each.get(1), Map.of("result", 2));

        job(p + "after");
        assertThat(refusal(() -> complete(each.get(2), Map.of("result", 3)))).isEqualTo(Status.Code.NOT_FOUND);
    }

    private void deploySubprocess(boolean parallel) {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .subProcess("review", s -> s.multiInstance(overItems(parallel))).embeddedSubProcess().startEvent()
                .serviceTask("check", t -> t.zeebeJobType(p + "check"))
                .serviceTask("record", t -> t.zeebeJobType(p + "record")).endEvent().subProcessDone()
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent()
                .moveToActivity("review").boundaryEvent("refused", b -> b.error("REFUSED"))
                .serviceTask("onRefused", t -> t.zeebeJobType(p + "onRefused")).endEvent().done());
    }

    /**
     * The output element is created (null) in each inner instance, so a job's {@code result} stops there instead of reaching
     * the root where the instances would overwrite each other (camunda/zeebe#9947, "Don't overwrite local multi-instance
     * variables").
     */
    @Test
    void aParallelSubprocessGivesEachInstanceItsItemThroughoutAndCollectsTheResults() {
        deploySubprocess(true);
        start(p + "process", Map.of("items", List.of("x", "y")));

        for (ActivatedJob check : jobs(p + "check", 2)) {
            complete(check, Map.of("result", "checked " + item(check)));
        }
        List<ActivatedJob> records = jobs(p + "record", 2);
        assertThat(records).extracting(MultiInstanceTest::item).containsExactlyInAnyOrder("x", "y");
        records.forEach(this::complete);

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("results", List.of("checked x", "checked y"))
                .doesNotContainKey("result");
    }

    @Test
    void aSequentialSubprocessRunsEachItemThroughToTheEndBeforeTheNext() {
        deploySubprocess(false);
        start(p + "process", Map.of("items", List.of("x", "y")));

        assertThat(item(completeJob(p + "check", Map.of("result", 1)))).isEqualTo("x");
        noJob(p + "check");
        completeJob(p + "record", Map.of());
        assertThat(item(completeJob(p + "check", Map.of("result", 2)))).isEqualTo("y");
        completeJob(p + "record", Map.of());

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("results", List.of(1, 2));
    }

    @Test
    void anErrorThrownFromAJobInsideAParallelSubprocessEndsEveryInstanceAndIsCaughtOnTheSubprocess() {
        deploySubprocess(true);
        start(p + "process", Map.of("items", List.of("x", "y", "z")));
        List<ActivatedJob> checks = jobs(p + "check", 3);

        complete(checks.get(0), Map.of("result", 1));
        client().newThrowErrorCommand(checks.get(1).getKey()).errorCode("REFUSED").send().join();

        job(p + "onRefused");
        assertThat(refusal(() -> complete(checks.get(2), Map.of("result", 3)))).isEqualTo(Status.Code.NOT_FOUND);
        noJob(p + "record");
        noJob(p + "after");
    }

    @Test
    void anUncaughtErrorInsideAMultiInstanceSubprocessRaisesAnIncident() {
        deploySubprocess(true);
        long instance = start(p + "process", Map.of("items", List.of("x", "y")));
        List<ActivatedJob> checks = jobs(p + "check", 2);

        client().newThrowErrorCommand(checks.get(0).getKey()).errorCode("NOT_CAUGHT").send().join();

        assertThat(openIncidents(instance)).hasSize(1);
        noJob(p + "onRefused");
    }
}
