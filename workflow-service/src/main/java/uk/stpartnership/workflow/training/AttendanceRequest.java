package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A day's attendance: who of those with a place attended; everyone else with a place did not. */
@Serdeable
@Introspected
public record AttendanceRequest(
        @Schema(description = "Person ids of those who attended")
        @NotNull @Size(max = 200) List<@NotBlank @Size(max = 100) String> attended) {
}
