package uk.stpartnership.workflow.trainers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The day the accreditation was renewed: its two years start again from it. */
@Serdeable
@Introspected
public record RenewAccreditationRequest(@NotNull LocalDate accreditedOn) {
}
