package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
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

/** A cohort as an implementation lead or the delivery partner sets it up (docs/TRAINING.md); times in the partnership's time zone. */
@Serdeable
@Introspected
public record CohortRequest(
        @Schema(description = "A classroom course of the catalogue", example = "CORE") @NotBlank @Size(max = 100) String course,
        @Schema(description = "The borough, or none for a cross-borough cohort (delivery partner only)", example = "hackney") @Nullable @Size(max = 100) String borough,
        @Schema(description = "The trainer, by person id; for Core an accredited trainer", example = "implementation-lead.respect") @NotBlank @Size(max = 100) String trainer,
        @Schema(description = "Where it is held; a venue, an online link or both") @Nullable @Size(max = 300) String venue,
        @Nullable @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be a link starting https://") String onlineLink,
        @NotNull @Min(1) @Max(200) Integer capacity,
        @Schema(description = "One per day of the course, in order") @NotEmpty @Size(max = 20) List<@NotNull @Valid Day> days) {

    @Serdeable
    @Introspected
    public record Day(
            @NotNull LocalDate day,
            @Schema(example = "09:30") @NotBlank @Pattern(regexp = TIME, message = "must be a time like 09:30") String startTime,
            @Schema(example = "16:30") @NotBlank @Pattern(regexp = TIME, message = "must be a time like 16:30") String endTime) {
    }

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
