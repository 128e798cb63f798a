package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.EventSubProcessBuilder;
import io.camunda.zeebe.model.bpmn.builder.StartEventBuilder;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Event subprocesses, after docs.camunda.io "components/modeler/bpmn/event-subprocesses". */
class EventSubprocessTest extends SemanticsTest {

    /** A process whose main path is one task "work", with an event subprocess started by the given start event. */
    private void deploy(Consumer<StartEventBuilder> trigger) {
        deploy(Bpmn.createExecutableProcess(p + "process")
                .eventSubProcess("handler", (EventSubProcessBuilder handler) -> {
                    StartEventBuilder start = handler.startEvent("handlerStart");
                    trigger.accept(start);
                    start.serviceTask("handle", t -> t.zeebeJobType(p + "handle")).endEvent();
                })
                .startEvent().serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
    }

    @Test
    void anInterruptingTimerStartEndsTheMainPath() {
        deploy(start -> start.timerWithDuration("PT1H").interrupting(true));
        var result = startWithResult(p + "process", Map.of());
        ActivatedJob work = job(p + "work");

        increaseTime(Duration.ofMinutes(61));

        completeJob(p + "handle", Map.of("handled", true));
        assertThat(completed(result)).containsEntry("handled", true);
        assertThat(refusal(() -> complete(work))).isEqualTo(Status.Code.NOT_FOUND);
        noJob(p + "after");
    }

    @Test
    void aNonInterruptingMessageStartRunsBesideTheMainPathEachTimeTheMessageComes() {
        deploy(start -> start.message(m -> m.name(p + "note").zeebeCorrelationKeyExpression("id")).interrupting(false));
        var result = startWithResult(p + "process", Map.of("id", p + "1"));
        ActivatedJob work = job(p + "work");

        publish(p + "note", p + "1", Map.of("note", "first"), Duration.ZERO);
        engine().waitForIdle();
        publish(p + "note", p + "1", Map.of("note", "second"), Duration.ZERO);

        jobs(p + "handle", 2).forEach(this::complete);
        complete(work);
        completeJob(p + "after", Map.of());
        assertThat(completed(result)).containsKey("note");
    }

    @Test
    void anInterruptingMessageStartEndsTheMainPathWithTheMessagesVariables() {
        deploy(start -> start.message(m -> m.name(p + "withdraw").zeebeCorrelationKeyExpression("id")).interrupting(true));
        var result = startWithResult(p + "process", Map.of("id", p + "1"));
        ActivatedJob work = job(p + "work");

        publish(p + "withdraw", p + "1", Map.of("reason", "withdrawn"), Duration.ZERO);

        assertThat(completeJob(p + "handle", Map.of()).getVariablesAsMap()).containsEntry("reason", "withdrawn");
        assertThat(completed(result)).containsEntry("reason", "withdrawn");
        assertThat(refusal(() -> complete(work))).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void aNonInterruptingTimerCycleStartRunsBesideTheMainPathUntilTheInstanceEnds() {
        deploy(start -> start.timerWithCycle("R2/PT1H").interrupting(false));
        var result = startWithResult(p + "process", Map.of());
        ActivatedJob work = job(p + "work");

        increaseTime(Duration.ofMinutes(61));
        completeJob(p + "handle", Map.of());
        complete(work);
        completeJob(p + "after", Map.of());
        assertThat(completed(result)).isEmpty();
        increaseTime(Duration.ofMinutes(61));

        noJob(p + "handle");
    }

    @Test
    void anErrorStartCatchesAnErrorThrownFromAJob() {
        deploy(start -> start.error("REFUSED"));
        var result = startWithResult(p + "process", Map.of());

        client().newThrowErrorCommand(job(p + "work").getKey()).errorCode("REFUSED").send().join();

        completeJob(p + "handle", Map.of());
        assertThat(completed(result)).isEmpty();
        noJob(p + "after");
    }

    @Test
    void aBoundaryOnTheTaskIsPreferredToAnErrorEventSubprocess() {
        deploy(Bpmn.createExecutableProcess(p + "process")
                .eventSubProcess("handler", handler -> handler.startEvent("handlerStart").error("REFUSED")
                        .serviceTask("handle", t -> t.zeebeJobType(p + "handle")).endEvent())
                .startEvent().serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .boundaryEvent("onTask", b -> b.error("REFUSED")).serviceTask("near", t -> t.zeebeJobType(p + "near")).endEvent()
                .moveToActivity("work").endEvent().done());
        start(p + "process");

        client().newThrowErrorCommand(job(p + "work").getKey()).errorCode("REFUSED").send().join();

        job(p + "near");
        noJob(p + "handle");
    }
}
