package uk.stpartnership.workflow.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation as the implementation lead recorded it. */
public record HeldConsultation(UUID requestId, String borough, LocalDate heldOn, List<Theme> themes,
                               boolean followUpNeeded, String followUp, String notes, String heldBy, Instant recordedAt) {
}
