package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.actions.ActionProcesses;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Through the outbox: each start and message reaches the engine once the caller's transaction has committed. */
@Singleton
class OutboxGovernanceProcesses implements GovernanceProcesses, ActionProcesses {

    static final String SERIES_PROCESS_ID = "meeting-series";
    private static final String SERIES_START_MESSAGE = "meeting-series-created";

    /**
     * A message waits this long for its subscription (a process between two steps), and a message id is refused
     * as a duplicate for as long: long enough for a re-delivered job to publish again harmlessly.
     */
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final EngineOutbox outbox;

    OutboxGovernanceProcesses(EngineOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void startSeries(UUID seriesId) {
        outbox.startProcess(SERIES_PROCESS_ID, SERIES_START_MESSAGE, seriesId, Map.of("seriesId", seriesId.toString()));
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
        // The action's id as the message id: published again for the same action, it starts nothing more.
        publish("action-agreed", actionId.toString(), actionId.toString(), variables);
    }

    private void publish(String name, String correlationKey, String messageId, Map<String, Object> variables) {
        outbox.publishMessage(name, correlationKey, messageId, TIME_TO_LIVE, variables);
    }
}
