package uk.stpartnership.workflow.trainers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A trainer's accreditation: the person (their id in the directory) and the day they were accredited. */
@Serdeable
@Introspected
public record RecordAccreditationRequest(@Schema(description = "The trainer's person id (username)", example = "champion.respect")
                                         @NotBlank @Size(max = 200) String trainerId, @NotNull LocalDate accreditedOn) {
}
