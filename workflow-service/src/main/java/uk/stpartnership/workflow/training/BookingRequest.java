package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A place asked for; without personId, for the person asking. */
@Serdeable
@Introspected
public record BookingRequest(
        @Schema(description = "Whom the place is for, by person id", example = "practitioner.hackney") @Nullable @Size(max = 100) String personId) {
}
