package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The champion stops being active or leaves the borough: on endedOn (today, or a leaving date to come), and why. */
@Serdeable
@Introspected
public record ChampionEndRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = 1000) String reason) {
}
