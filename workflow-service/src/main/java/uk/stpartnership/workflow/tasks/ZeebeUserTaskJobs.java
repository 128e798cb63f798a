package uk.stpartnership.workflow.tasks;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.inject.Singleton;

import java.util.Map;

@Singleton
class ZeebeUserTaskJobs implements UserTaskJobs {

    private final CamundaClient client;

    ZeebeUserTaskJobs(CamundaClient client) {
        this.client = client;
    }

    @Override
    public Outcome complete(long jobKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(jobKey).variables(variables).send().join();
            return Outcome.COMPLETED;
        } catch (ClientStatusException e) {
            // An interrupting event or a cancelled instance took the task away: the job is gone.
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return Outcome.NO_LONGER_WAITING;
            }
            throw e;
        }
    }
}
