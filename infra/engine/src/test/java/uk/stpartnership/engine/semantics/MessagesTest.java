package uk.stpartnership.engine.semantics;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Message correlation and buffering, after docs.camunda.io "components/concepts/messages". */
class MessagesTest extends SemanticsTest {

    /** A task first, then a message catch: the subscription opens only once the task is done. */
    private BpmnModelInstance taskThenMessage() {
        return Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .intermediateCatchEvent("reply", e -> e.message(m -> m.name(p + "reply").zeebeCorrelationKeyExpression("id")))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done();
    }

    @Test
    void aMessagePublishedBeforeItsSubscriptionOpensIsCorrelatedWhenItOpensWithinItsTimeToLive() {
        deploy(taskThenMessage());
        start(p + "process", Map.of("id", p + "1"));

        publish(p + "reply", p + "1", Map.of("answer", "early"), Duration.ofHours(1));
        increaseTime(Duration.ofMinutes(30));
        completeJob(p + "work", Map.of());

        assertThat(job(p + "after").getVariablesAsMap()).containsEntry("answer", "early");
    }

    @Test
    void aMessageWhoseTimeToLiveHasPassedIsNotCorrelated() {
        deploy(taskThenMessage());
        start(p + "process", Map.of("id", p + "1"));

        publish(p + "reply", p + "1", Map.of(), Duration.ofMinutes(10));
        increaseTime(Duration.ofMinutes(20));
        completeJob(p + "work", Map.of());

        noJob(p + "after");
        publish(p + "reply", p + "1");
        job(p + "after");
    }

    @Test
    void aMessageWithNoTimeToLiveIsNotBuffered() {
        deploy(taskThenMessage());
        start(p + "process", Map.of("id", p + "1"));

        publish(p + "reply", p + "1", Map.of(), Duration.ZERO);
        completeJob(p + "work", Map.of());

        noJob(p + "after");
    }

    @Test
    void aSecondMessageWithTheSameIdWithinTheTimeToLiveIsRefused() {
        var message = client().newPublishMessageCommand().messageName(p + "reply").correlationKey(p + "1")
                .messageId(p + "id-1").timeToLive(Duration.ofHours(1));
        message.send().join();

        assertThat(refusal(() -> client().newPublishMessageCommand().messageName(p + "reply").correlationKey(p + "1")
                .messageId(p + "id-1").timeToLive(Duration.ofHours(1)).send().join())).isEqualTo(Status.Code.ALREADY_EXISTS);
        client().newPublishMessageCommand().messageName(p + "reply").correlationKey(p + "1").messageId(p + "id-2")
                .timeToLive(Duration.ofHours(1)).send().join();
    }

    private void deployWaiting(String processId) {
        deploy(Bpmn.createExecutableProcess(processId).startEvent()
                .intermediateCatchEvent("reply", e -> e.message(m -> m.name(p + "reply").zeebeCorrelationKeyExpression("id")))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
    }

    /**
     * docs.camunda.io "components/modeler/bpmn/message-events": a message has one recipient; the reference correlates it to
     * one waiting instance of each process, and to none with another key.
     */
    @Test
    void aMessageCorrelatesToOneWaitingInstanceOfEachProcessWithItsKey() {
        deployWaiting(p + "one");
        deployWaiting(p + "other");
        start(p + "one", Map.of("id", p + "a", "n", 1));
        start(p + "one", Map.of("id", p + "a", "n", 2));
        start(p + "one", Map.of("id", p + "b", "n", 3));
        start(p + "other", Map.of("id", p + "a", "n", 4));
        engine().waitForIdle();

        publish(p + "reply", p + "a");

        assertThat(jobs(p + "after", 2)).extracting(job -> job.getVariablesAsMap().get("n")).containsAnyOf(1, 2).contains(4);
    }

    @Test
    void aBufferedMessageIsCorrelatedOncePerInstance() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .intermediateCatchEvent("first", e -> e.message(m -> m.name(p + "reply").zeebeCorrelationKeyExpression("id")))
                .serviceTask("between", t -> t.zeebeJobType(p + "between"))
                .intermediateCatchEvent("second", e -> e.message(m -> m.name(p + "reply").zeebeCorrelationKeyExpression("id")))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process", Map.of("id", p + "1"));

        publish(p + "reply", p + "1", Map.of(), Duration.ofHours(1));
        completeJob(p + "work", Map.of());
        completeJob(p + "between", Map.of());

        noJob(p + "after");
    }

    /**
     * A buffered message that interrupts a subprocess whose flow leads straight back into it (a date changed, the waits
     * start again) reaches that instance once: the subprocess entered again does not take the same message a second
     * time, and the next message interrupts it again.
     */
    @Test
    void aBufferedMessageThatInterruptsASubprocessEnteredAgainIsNotCorrelatedToItTwice() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent().exclusiveGateway("open")
                .subProcess("waiting").embeddedSubProcess().startEvent().serviceTask("work", t -> t.zeebeJobType(p + "work")).endEvent()
                .subProcessDone().endEvent("done")
                .moveToActivity("waiting").boundaryEvent("changed").message(m -> m.name(p + "changed").zeebeCorrelationKeyExpression("id"))
                .zeebeOutputExpression("=if changes = null then 1 else changes + 1", "changes").connectTo("open").done());
        start(p + "process", Map.of("id", p + "1"));
        job(p + "work");

        publish(p + "changed", p + "1", Map.of(), Duration.ofHours(1));
        engine().waitForIdle();
        publish(p + "changed", p + "1", Map.of(), Duration.ofHours(1));

        assertThat(completeJob(p + "work", Map.of()).getVariablesAsMap()).as("interrupted once by each message").containsEntry("changes", 2);
    }

    @Test
    void aMessageStartEventStartsAnInstanceWithTheMessagesVariables() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent("start").message(p + "begin")
                .serviceTask("work", t -> t.zeebeJobType(p + "work")).endEvent().done());

        publish(p + "begin", "", Map.of("from", "message"), Duration.ZERO);

        assertThat(job(p + "work").getVariablesAsMap()).containsEntry("from", "message");
    }
}
