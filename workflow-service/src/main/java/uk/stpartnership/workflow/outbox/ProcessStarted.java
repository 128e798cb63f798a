package uk.stpartnership.workflow.outbox;

import java.util.UUID;

/** Published in the transaction that marks a start sent: the record's process instance, for the feature to keep. */
public record ProcessStarted(String bpmnProcessId, UUID recordId, long processInstanceKey) {
}
