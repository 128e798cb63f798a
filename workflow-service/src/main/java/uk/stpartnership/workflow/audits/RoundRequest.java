package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A round as its implementation lead plans it. */
@Serdeable
@Introspected
public record RoundRequest(
        @Schema(description = "the boroughs whose cases the round takes; the lead's own borough when left out")
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> boroughs,
        @NotNull AuditRound.Purpose purpose,
        @Schema(description = "for a FOLLOW_UP: the round it follows") @Nullable UUID follows,
        @Schema(example = "Closed to children's social care April to June 2022, domestic abuse a factor")
        @NotBlank @Size(max = 500) String cohortDescription,
        @Schema(description = "cases to sample: 15 when left out") @Nullable @Min(1) @Max(200) Integer sampleSize,
        @Schema(description = "each team's share of the sample in proportion to its cases") @Nullable Boolean byTeam,
        @Schema(description = "the audit tool's version; the newest version of the first tool when left out") @Nullable UUID toolId,
        @NotNull LocalDate dueOn,
        @Schema(description = "for a BASELINE: the day its follow-up should have started by") @Nullable LocalDate followUpDueOn,
        @NotNull @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String> auditors,
        @NotNull @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String> moderators) {
}
