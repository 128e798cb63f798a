package uk.stpartnership.workflow.complaints;

import java.util.Map;
import java.util.UUID;

/** What the complaint use cases need of the engine: a complaint's process started, and news of it delivered. */
public interface ComplaintProcesses {

    /** Starts complaint.bpmn for the complaint once the caller's transaction has committed. */
    void start(UUID complaintId, Map<String, Object> variables);

    /** Delivers a message (stage2-requested, complaint-withdrawn, ...) to the complaint's process. */
    void tell(String message, UUID complaintId, Map<String, Object> variables);
}
