package uk.stpartnership.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.engine.api.ActivatedJob;
import uk.stpartnership.engine.api.CreateInstance;
import uk.stpartnership.engine.api.JobActivation;
import uk.stpartnership.engine.api.Resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineSmokeTest {

    private Engine engine;

    @BeforeEach
    void start() {
        engine = EngineDatabase.start(EngineClock.movable());
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    static Resource resource(String name, BpmnModelInstance model) {
        return new Resource(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    List<ActivatedJob> jobs(String type) {
        return engine.activateJobs(new JobActivation(type, "test", Duration.ofMinutes(1), 10, List.of()));
    }

    @Test
    void aServiceTaskThenAGatewayRunsToTheEnd() {
        engine.deploy(List.of(resource("smoke.bpmn", Bpmn.createExecutableProcess("smoke").startEvent("start")
                .serviceTask("work", task -> task.zeebeJobType("work"))
                .exclusiveGateway("decide")
                .condition("=approved").endEvent("approved-end")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("rejected-end").done())));

        long instance = engine.createInstance(new CreateInstance("smoke", -1, 0, Map.of("who", "me"))).processInstanceKey();
        List<ActivatedJob> jobs = jobs("work");
        assertThat(jobs).hasSize(1);
        assertThat(jobs.getFirst().variables()).containsEntry("who", "me");
        engine.completeJob(jobs.getFirst().key(), Map.of("approved", true));

        assertThat(engine.operations().instance(instance).orElseThrow().state()).isEqualTo("COMPLETED");
        assertThat(engine.operations().journal(instance)).extracting(entry -> entry.intent() + " " + entry.elementId())
                .contains("ELEMENT_COMPLETED approved-end").doesNotContain("ELEMENT_COMPLETED rejected-end");
        assertThat(engine.operations().variables(instance)).containsEntry("approved", true).containsEntry("who", "me");
    }

    @Test
    void aParallelMultiInstanceTaskCollectsItsOutputsInTheOrderOfItsInput() {
        engine.deploy(List.of(resource("mi.bpmn", Bpmn.createExecutableProcess("mi").startEvent("start")
                .serviceTask("each", task -> task.zeebeJobType("each").multiInstance(loop -> loop.parallel()
                        .zeebeInputCollectionExpression("boroughs").zeebeInputElement("borough")
                        .zeebeOutputCollection("results").zeebeOutputElementExpression("result")))
                .serviceTask("after", task -> task.zeebeJobType("after")).endEvent("end").done())));
        engine.createInstance(new CreateInstance("mi", -1, 0, Map.of("boroughs", List.of("hackney", "camden", "brent"))));

        List<ActivatedJob> each = jobs("each");
        assertThat(each).extracting(job -> job.variables().get("borough")).containsExactly("hackney", "camden", "brent");
        for (ActivatedJob job : each.reversed()) {
            engine.completeJob(job.key(), Map.of("result", "done " + job.variables().get("borough")));
        }

        assertThat(jobs("after")).singleElement().satisfies(job -> assertThat(job.variables().get("results"))
                .isEqualTo(List.of("done hackney", "done camden", "done brent")));
    }

    @Test
    void anErrorEventSubprocessCatchesAnErrorThrownByAJob() {
        var builder = Bpmn.createExecutableProcess("errors");
        builder.eventSubProcess("on-error", sub -> sub.startEvent("caught").error("FAILED")
                .serviceTask("handle", task -> task.zeebeJobType("handle")).endEvent("handled"));
        engine.deploy(List.of(resource("errors.bpmn", builder.startEvent("start")
                .serviceTask("work", task -> task.zeebeJobType("work")).endEvent("end").done())));
        long instance = engine.createInstance(new CreateInstance("errors", -1, 0, Map.of())).processInstanceKey();

        engine.throwError(jobs("work").getFirst().key(), "FAILED", "it failed", Map.of("reason", "broken"));

        assertThat(jobs("handle")).singleElement().satisfies(job -> assertThat(job.variables()).containsEntry("reason", "broken"));
        assertThat(engine.operations().activeElements(instance)).extracting(element -> element.elementId())
                .containsExactly("on-error", "handle");
    }
}
