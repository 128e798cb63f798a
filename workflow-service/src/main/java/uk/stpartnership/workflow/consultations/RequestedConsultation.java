package uk.stpartnership.workflow.consultations;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record RequestedConsultation(UUID id, String borough, String caseReference, String practitionerRole,
                                    String helpWanted, String requestedBy, Instant requestedAt) {
}
