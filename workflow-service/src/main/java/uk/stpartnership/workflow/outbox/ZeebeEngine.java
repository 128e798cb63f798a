package uk.stpartnership.workflow.outbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

@Singleton
class ZeebeEngine implements Engine {

    private final CamundaClient client;

    ZeebeEngine(CamundaClient client) {
        this.client = client;
    }

    @Override
    public boolean publishMessage(String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables) {
        try {
            client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).messageId(messageId)
                    .timeToLive(timeToLive).variables(variables).send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                return false;
            }
            throw e;
        }
    }
}
