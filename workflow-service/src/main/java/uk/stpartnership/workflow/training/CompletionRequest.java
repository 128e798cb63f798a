package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An e-learning course a person completed. */
@Serdeable
@Introspected
public record CompletionRequest(
        @Schema(example = "practitioner.hackney") @NotBlank @Size(max = 100) String personId,
        @Schema(example = "SUPERVISORS") @NotBlank @Size(max = 100) String course,
        @NotNull LocalDate completedOn) {
}
