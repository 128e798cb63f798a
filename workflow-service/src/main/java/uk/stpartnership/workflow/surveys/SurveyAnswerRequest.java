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
        @Schema(description = SurveyQuestions.CONFIDENCE + " 1 (" + SurveyQuestions.CONFIDENCE_LOWEST + ") to 7 (" + SurveyQuestions.CONFIDENCE_HIGHEST + ")")
        @NotNull @Min(1) @Max(7) Integer confidence,
        @Schema(description = SurveyQuestions.KNOWLEDGE + " 1 (" + SurveyQuestions.KNOWLEDGE_LOWEST + ") to 7 (" + SurveyQuestions.KNOWLEDGE_HIGHEST + ")")
        @NotNull @Min(1) @Max(7) Integer knowledge,
        @Nullable @Valid Demographics demographics) {
}
