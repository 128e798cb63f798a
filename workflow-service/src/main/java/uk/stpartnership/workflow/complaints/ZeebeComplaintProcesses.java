package uk.stpartnership.workflow.complaints;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

@Singleton
class ZeebeComplaintProcesses implements ComplaintProcesses {

    static final String PROCESS_ID = "complaint";
    /** Long enough for a request that comes in while the process is still recording the response before it waits. */
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final CamundaClient client;

    ZeebeComplaintProcesses(CamundaClient client) {
        this.client = client;
    }

    @Override
    public long start(Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }

    @Override
    public void tell(String message, UUID complaintId, Map<String, Object> variables) {
        try {
            // One message of each kind per complaint: a second request while the first is buffered changes nothing.
            client.newPublishMessageCommand().messageName(message).correlationKey(complaintId.toString())
                    .messageId(message + ":" + complaintId).timeToLive(TIME_TO_LIVE).variables(variables).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
