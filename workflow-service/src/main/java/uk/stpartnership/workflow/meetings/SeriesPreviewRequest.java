package uk.stpartnership.workflow.meetings;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a series' meeting days depend on, to see them before saving: for a new series, its cadence, its call for agenda
 * items and its organisation's calendar (or the first meeting chosen); for a series being changed (seriesId), the
 * cadence alone, after the meetings it has already planned.
 */
@Serdeable
@Introspected
public record SeriesPreviewRequest(
        @NotNull @Valid Cadence cadence,
        @NotNull @Min(0) @Max(30) Integer agendaCallWorkingDays,
        @Schema(description = "The chair's organisation: whose working days count", example = "respect") @NotBlank @Size(max = 100) String organisation,
        @Nullable LocalDate firstMeetingOn,
        @Schema(description = "The series being changed; none for a new one") @Nullable UUID seriesId) {
}
