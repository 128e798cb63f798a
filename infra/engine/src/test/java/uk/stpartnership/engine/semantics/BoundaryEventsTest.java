package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Timer and message boundary events, after docs.camunda.io "components/modeler/bpmn/{timer,message}-events". */
class BoundaryEventsTest extends SemanticsTest {

    @Test
    void anInterruptingTimerEndsItsTaskAndCancelsTheJob() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .boundaryEvent("late", b -> b.timerWithDuration("PT1H").cancelActivity(true))
                .serviceTask("chase", t -> t.zeebeJobType(p + "chase")).endEvent()
                .moveToActivity("work").serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process");
        ActivatedJob work = job(p + "work");

        increaseTime(Duration.ofMinutes(59));
        noJob(p + "chase");
        increaseTime(Duration.ofMinutes(2));

        job(p + "chase");
        assertThat(refusal(() -> complete(work))).as("the job went with its task").isEqualTo(Status.Code.NOT_FOUND);
        noJob(p + "after");
    }

    /** A task "work" with a non-interrupting boundary cycle R3/PT1H leading to a task "reminder". */
    private void deployReminders() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .boundaryEvent("remind", b -> b.timerWithCycle("R3/PT1H").cancelActivity(false))
                .serviceTask("reminder", t -> t.zeebeJobType(p + "reminder")).endEvent()
                .moveToActivity("work").serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
    }

    @Test
    void aNonInterruptingTimerCycleFiresItsRepetitionsWhileTheTaskGoesOn() {
        deployReminders();
        start(p + "process");
        ActivatedJob work = job(p + "work");

        for (int hour = 1; hour <= 5; hour++) {
            increaseTime(Duration.ofMinutes(61));
            if (hour <= 3) {
                completeJob(p + "reminder", Map.of());
            } else {
                noJob(p + "reminder");
            }
        }

        complete(work);
        job(p + "after");
    }

    @Test
    void aNonInterruptingTimerCycleStopsWhenItsTaskEnds() {
        deployReminders();
        start(p + "process");

        increaseTime(Duration.ofMinutes(61));
        completeJob(p + "reminder", Map.of());
        completeJob(p + "work", Map.of());
        increaseTime(Duration.ofHours(3));

        noJob(p + "reminder");
        job(p + "after");
    }

    @Test
    void aTimerDurationMayBeAFeelExpression() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .intermediateCatchEvent("wait", e -> e.timerWithDurationExpression("wait"))
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process", Map.of("wait", "PT2H"));

        increaseTime(Duration.ofMinutes(110));
        noJob(p + "after");
        increaseTime(Duration.ofMinutes(11));
        job(p + "after");
    }

    @Test
    void anInterruptingMessageBoundaryEndsItsTaskAndMergesTheMessagesVariables() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .boundaryEvent("withdrawn", b -> b.message(m -> m.name(p + "withdraw").zeebeCorrelationKeyExpression("id")))
                .serviceTask("close", t -> t.zeebeJobType(p + "close")).endEvent()
                .moveToActivity("work").endEvent().done());
        start(p + "process", Map.of("id", p + "42"));
        ActivatedJob work = job(p + "work");

        publish(p + "withdraw", p + "42", Map.of("reason", "resolved"), Duration.ZERO);

        assertThat(job(p + "close").getVariablesAsMap()).containsEntry("reason", "resolved");
        assertThat(refusal(() -> complete(work))).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void aNonInterruptingMessageBoundaryLeavesItsTaskRunning() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .boundaryEvent("note", b -> b.cancelActivity(false).message(m -> m.name(p + "note").zeebeCorrelationKeyExpression("id")))
                .serviceTask("noted", t -> t.zeebeJobType(p + "noted")).endEvent()
                .moveToActivity("work").serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done());
        start(p + "process", Map.of("id", p + "42"));
        ActivatedJob work = job(p + "work");

        publish(p + "note", p + "42");
        publish(p + "note", p + "42");

        jobs(p + "noted", 2);
        complete(work);
        job(p + "after");
    }
}
