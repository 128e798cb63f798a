package uk.stpartnership.engine.semantics;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Deployments, after docs.camunda.io "components/concepts/resource-deployments" (versioning, duplicates). */
class DeploymentTest extends SemanticsTest {

    private static Process only(DeploymentEvent deployment) {
        assertThat(deployment.getProcesses()).hasSize(1);
        return deployment.getProcesses().getFirst();
    }

    @Test
    void theSameResourceDeployedAgainKeepsItsVersionAndAChangedOneGetsTheNext() {
        BpmnModelInstance model = oneTask(p + "process", p + "work");
        Process first = only(deploy(model));
        Process again = only(deploy(model));
        Process changed = only(deploy(oneTask(p + "process", p + "other")));

        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(again.getVersion()).isEqualTo(1);
        assertThat(again.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.getProcessDefinitionKey()).isNotEqualTo(first.getProcessDefinitionKey());
    }

    @Test
    void anInstanceRunsTheLatestVersionUnlessOneIsNamed() {
        deploy(oneTask(p + "process", p + "v1"));
        deploy(oneTask(p + "process", p + "v2"));

        start(p + "process");
        client().newCreateInstanceCommand().bpmnProcessId(p + "process").version(1).send().join();

        job(p + "v2");
        job(p + "v1");
    }

    @Test
    void aModelThatIsNotValidIsRefusedNamingTheElement() {
        ClientStatusException refused = catchThrowableOfType(ClientStatusException.class, () -> deploy(
                Bpmn.createExecutableProcess(p + "process").startEvent().serviceTask("typeless").endEvent().done()));

        assertThat(refused.getStatusCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getMessage()).contains("typeless");
    }

    @Test
    void startingAProcessThatWasNeverDeployedIsNotFound() {
        assertThat(refusal(() -> start(p + "nothing"))).isEqualTo(Status.Code.NOT_FOUND);
    }

    /** The reference runs signals; the platform's engine refuses what it does not run, at deploy, by the element's id. */
    @Test
    void anElementThePlatformsEngineDoesNotRunIsRefusedWithItsId() {
        assumeThat(kind).isEqualTo(TestedEngine.Kind.PLATFORM);
        ClientStatusException refused = catchThrowableOfType(ClientStatusException.class, () -> deploy(
                Bpmn.createExecutableProcess(p + "process").startEvent()
                        .intermediateCatchEvent("waitForSignal", e -> e.signal("go")).endEvent().done()));

        assertThat(refused.getStatusCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getMessage()).contains("waitForSignal");
    }
}
