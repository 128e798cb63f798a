package uk.stpartnership.workflow.complaints;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.outbox.EngineOutbox;
import uk.stpartnership.workflow.outbox.ProcessStarted;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Through the outbox: the process starts, and hears of the complaint, once the caller's transaction has committed. */
@Singleton
class OutboxComplaintProcesses implements ComplaintProcesses {

    static final String PROCESS_ID = "complaint";
    /** Long enough for a request that comes in while the process is still recording the response before it waits. */
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final EngineOutbox outbox;
    private final ComplaintRepository complaints;

    OutboxComplaintProcesses(EngineOutbox outbox, ComplaintRepository complaints) {
        this.outbox = outbox;
        this.complaints = complaints;
    }

    @Override
    public void start(UUID complaintId, Map<String, Object> variables) {
        outbox.startProcess(PROCESS_ID, complaintId, variables);
    }

    @EventListener
    void onStarted(ProcessStarted started) {
        if (PROCESS_ID.equals(started.bpmnProcessId())) {
            complaints.linkProcessInstance(started.recordId(), started.processInstanceKey());
        }
    }

    @Override
    public void tell(String message, UUID complaintId, Map<String, Object> variables) {
        // One message of each kind per complaint: a second request while the first is buffered changes nothing.
        outbox.publishMessage(message, complaintId.toString(), message + ":" + complaintId, TIME_TO_LIVE, variables);
    }
}
