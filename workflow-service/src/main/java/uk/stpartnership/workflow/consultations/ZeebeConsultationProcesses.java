package uk.stpartnership.workflow.consultations;

import io.camunda.client.CamundaClient;
import jakarta.inject.Singleton;

import java.util.Map;

@Singleton
class ZeebeConsultationProcesses implements ConsultationProcesses {

    static final String PROCESS_ID = "case-consultation";

    private final CamundaClient client;

    ZeebeConsultationProcesses(CamundaClient client) {
        this.client = client;
    }

    @Override
    public long start(Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }
}
