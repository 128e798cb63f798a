package uk.stpartnership.workflow.complaints;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.outbox.EngineOutbox;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Through the outbox: the process starts, and hears of the complaint, once the caller's transaction has committed. */
@Singleton
class OutboxComplaintProcesses implements ComplaintProcesses {

    static final String PROCESS_ID = "complaint";
    private static final String START_MESSAGE = "complaint-recorded";
    /** Long enough for a request that comes in while the process is still recording the response before it waits. */
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final EngineOutbox outbox;

    OutboxComplaintProcesses(EngineOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void start(UUID complaintId, Map<String, Object> variables) {
        outbox.startProcess(PROCESS_ID, START_MESSAGE, complaintId, variables);
    }

    @Override
    public void tell(String message, UUID complaintId, Map<String, Object> variables) {
        // One message of each kind per complaint: a second request while the first is buffered changes nothing.
        outbox.publishMessage(message, complaintId.toString(), message + ":" + complaintId, TIME_TO_LIVE, variables);
    }
}
