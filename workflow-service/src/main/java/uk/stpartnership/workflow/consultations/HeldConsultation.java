package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation as the implementation lead recorded it. */
@MappedEntity("consultation")
public record HeldConsultation(@Id UUID requestId, String borough, LocalDate heldOn,
                               @TypeDef(type = DataType.STRING_ARRAY) List<Theme> themes,
                               boolean followUpNeeded, @Nullable String followUp, @Nullable String notes, String heldBy,
                               Instant recordedAt) {
}
