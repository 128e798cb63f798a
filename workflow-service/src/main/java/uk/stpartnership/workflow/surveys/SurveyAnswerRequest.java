package uk.stpartnership.workflow.surveys;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One survey's answers; demographics optional, and asked only after the course. */
@Serdeable
@Introspected
public record SurveyAnswerRequest(
        @Schema(description = "How confident do you feel working with the Safe & Together Model? 1 (not at all) to 7 (very)")
        @NotNull @Min(1) @Max(7) Integer confidence,
        @Schema(description = "How would you rate your knowledge of the Safe & Together Model? 1 (none) to 7 (a great deal)")
        @NotNull @Min(1) @Max(7) Integer knowledge,
        @Nullable @Valid Demographics demographics) {
}
