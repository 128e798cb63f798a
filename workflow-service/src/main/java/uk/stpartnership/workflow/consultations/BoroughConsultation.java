package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consultation request in its borough's list, with the consultation once held (heldOn null until then). The help
 * wanted and the lead's notes stay on the task: the list says which cases, when, and what the consultations were about.
 */
@Serdeable
public record BoroughConsultation(UUID id, String caseReference, String practitionerRole, String requestedBy, Instant requestedAt,
                                  @Nullable LocalDate heldOn, @Nullable String heldBy,
                                  @Nullable @TypeDef(type = DataType.STRING_ARRAY) List<Theme> themes, @Nullable Boolean followUpNeeded) {
}
