package uk.stpartnership.workflow.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A meeting's new day and start time (partnership's time zone), optionally a new place, and why it moves. */
@Serdeable
@Introspected
public record MoveMeetingRequest(
        @NotNull LocalDate date,
        @Schema(example = "14:00") @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 10:00") String startTime,
        @Nullable @Size(max = 500) String location,
        @NotBlank @Size(max = 1000) String reason) {
}
