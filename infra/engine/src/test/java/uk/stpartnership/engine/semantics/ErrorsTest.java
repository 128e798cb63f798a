package uk.stpartnership.engine.semantics;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors and incidents, after docs.camunda.io "components/modeler/bpmn/error-events" and "components/concepts/incidents". */
class ErrorsTest extends SemanticsTest {

    /** A task with a boundary for code E1 and a catch-all boundary. */
    private BpmnModelInstance caught() {
        return Bpmn.createExecutableProcess(p + "process").startEvent()
                .serviceTask("work", t -> t.zeebeJobType(p + "work"))
                .boundaryEvent("e1", b -> b.error("E1")).serviceTask("onE1", t -> t.zeebeJobType(p + "onE1")).endEvent()
                .moveToActivity("work").boundaryEvent("any", b -> b.error())
                .serviceTask("onAny", t -> t.zeebeJobType(p + "onAny")).endEvent()
                .moveToActivity("work").serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent().done();
    }

    private void throwError(ActivatedJob job, String code) {
        client().newThrowErrorCommand(job.getKey()).errorCode(code).errorMessage("it went wrong").send().join();
    }

    @Test
    void anErrorIsCaughtByTheBoundaryWithItsCode() {
        deploy(caught());
        start(p + "process");

        throwError(job(p + "work"), "E1");

        job(p + "onE1");
        noJob(p + "onAny");
        noJob(p + "after");
    }

    @Test
    void anErrorWithAnotherCodeIsCaughtByTheCatchAll() {
        deploy(caught());
        start(p + "process");

        throwError(job(p + "work"), "E2");

        job(p + "onAny");
        noJob(p + "onE1");
    }

    @Test
    void anErrorEndEventInASubprocessIsCaughtByABoundaryOnTheSubprocessWhichEndsEverythingInside() {
        deploy(Bpmn.createExecutableProcess(p + "process").startEvent()
                .subProcess("sub").embeddedSubProcess().startEvent().parallelGateway("fork")
                .serviceTask("check", t -> t.zeebeJobType(p + "check"))
                .exclusiveGateway("ok").conditionExpression("ok").endEvent("fine")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("fail", e -> e.error("REFUSED"))
                .moveToNode("fork").serviceTask("meanwhile", t -> t.zeebeJobType(p + "meanwhile")).endEvent()
                .subProcessDone()
                .serviceTask("after", t -> t.zeebeJobType(p + "after")).endEvent()
                .moveToActivity("sub").boundaryEvent("refused", b -> b.error("REFUSED"))
                .serviceTask("onRefused", t -> t.zeebeJobType(p + "onRefused")).endEvent().done());
        start(p + "process", Map.of("ok", false));
        ActivatedJob meanwhile = job(p + "meanwhile");

        completeJob(p + "check", Map.of());

        job(p + "onRefused");
        noJob(p + "after");
        assertThat(refusal(() -> complete(meanwhile))).as("the parallel job inside went with its subprocess")
                .isEqualTo(io.grpc.Status.Code.NOT_FOUND);
    }

    @Test
    void anUncaughtErrorRaisesAnIncidentAndTheInstanceGoesNoFurther() {
        deploy(oneTask(p + "process", p + "work"));
        long instance = start(p + "process");

        throwError(job(p + "work"), "NOBODY_CATCHES");

        assertThat(openIncidents(instance)).hasSize(1);
        noJob(p + "work");
    }

    @Test
    void aJobFailedWithNoRetriesLeftRaisesAnIncidentThatResolvesOnceItHasRetriesAgain() {
        deploy(oneTask(p + "process", p + "work"));
        var result = startWithResult(p + "process", Map.of());
        ActivatedJob work = job(p + "work");

        client().newFailCommand(work.getKey()).retries(0).errorMessage("the mail server refused").send().join();
        List<Long> incidents = openIncidents(work.getProcessInstanceKey());
        assertThat(incidents).hasSize(1);
        noJob(p + "work");

        client().newUpdateRetriesCommand(work.getKey()).retries(2).send().join();
        client().newResolveIncidentCommand(incidents.getFirst()).send().join();

        ActivatedJob again = job(p + "work");
        assertThat(again.getKey()).isEqualTo(work.getKey());
        assertThat(again.getRetries()).isEqualTo(2);
        complete(again, Map.of("sent", true));
        assertThat(completed(result)).containsEntry("sent", true);
        assertThat(openIncidents(work.getProcessInstanceKey())).isEmpty();
    }
}
