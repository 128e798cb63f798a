package uk.stpartnership.workflow.meetings;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

@Singleton
class ZeebeGovernanceProcesses implements GovernanceProcesses {

    static final String SERIES_PROCESS_ID = "meeting-series";

    /**
     * A message waits this long for its subscription (a process between two steps), and a message id is refused
     * as a duplicate for as long: long enough for a re-delivered job to publish again harmlessly.
     */
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final CamundaClient client;

    ZeebeGovernanceProcesses(CamundaClient client) {
        this.client = client;
    }

    @Override
    public long startSeries(UUID seriesId) {
        return client.newCreateInstanceCommand().bpmnProcessId(SERIES_PROCESS_ID).latestVersion()
                .variables(Map.of("seriesId", seriesId.toString())).send().join().getProcessInstanceKey();
    }

    @Override
    public void seriesClosed(UUID seriesId) {
        publish("series-closed", seriesId.toString(), null, Map.of());
    }

    @Override
    public void meetingCancelled(UUID meetingId) {
        publish("meeting-cancelled", meetingId.toString(), null, Map.of());
    }

    @Override
    public void meetingMoved(UUID meetingId, Map<String, Object> variables) {
        publish("meeting-moved", meetingId.toString(), null, variables);
    }

    @Override
    public void actionDueDateChanged(UUID actionId, Map<String, Object> variables) {
        publish("action-due-date-changed", actionId.toString(), null, variables);
    }

    @Override
    public void actionAgreed(UUID actionId, Map<String, Object> variables) {
        try {
            publish("action-agreed", actionId.toString(), actionId.toString(), variables);
        } catch (ClientStatusException e) {
            // The same message id is still buffered: the action's process was started by the first publication.
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    private void publish(String name, String correlationKey, String messageId, Map<String, Object> variables) {
        var command = client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey)
                .timeToLive(TIME_TO_LIVE).variables(variables);
        if (messageId != null) {
            command = command.messageId(messageId);
        }
        command.send().join();
    }
}
