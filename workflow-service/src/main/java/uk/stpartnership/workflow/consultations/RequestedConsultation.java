package uk.stpartnership.workflow.consultations;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
@MappedEntity("consultation_request")
public record RequestedConsultation(@Id UUID id, String borough, String caseReference, String practitionerRole,
                                    String helpWanted, String requestedBy, Instant requestedAt) {
}
