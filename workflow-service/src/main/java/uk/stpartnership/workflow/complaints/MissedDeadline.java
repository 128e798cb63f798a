package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A statutory deadline that passed with its task still open, as the SLA view lists it.
 *
 * @param task the user task (its id in complaint.bpmn) that was due
 */
@Serdeable
public record MissedDeadline(UUID complaintId, String reference, String borough, String task, Instant deadlineAt, Instant missedAt,
                             Complaint.Stage stageReached) {
}
