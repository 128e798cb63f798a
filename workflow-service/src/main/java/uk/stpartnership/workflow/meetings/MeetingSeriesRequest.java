package uk.stpartnership.workflow.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A series as the project manager sets it up or changes it (docs/GOVERNANCE.md). startTime is in the partnership's
 * time zone; firstMeetingOn is for a new series only (default: the first day on the cadence whose agenda call is
 * still ahead).
 */
@Serdeable
@Introspected
public record MeetingSeriesRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Group group,
        @NotNull @Valid Cadence cadence,
        @Schema(example = "10:00") @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 10:00") String startTime,
        @NotNull @Min(15) @Max(480) Integer durationMinutes,
        @NotBlank @Size(max = 500) String location,
        @Schema(description = "The chair, by person id", example = "project-manager.respect") @NotBlank @Size(max = 100) String chair,
        @Schema(description = "The chair's organisation: where the series' tasks sit in the inbox", example = "respect") @NotBlank @Size(max = 100) String organisation,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Member> members,
        @NotNull @Min(0) @Max(30) Integer agendaCallWorkingDays,
        @NotNull @Min(0) @Max(30) Integer papersWorkingDays,
        @NotNull @Min(0) @Max(30) Integer minutesApprovalWorkingDays,
        @NotNull @Min(1) @Max(200) Integer quorum,
        @Nullable LocalDate firstMeetingOn) {
}
