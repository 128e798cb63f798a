package uk.stpartnership.workflow.consultations;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a practitioner asks for: help with one case, named by its reference, never by the family's names. */
@Serdeable
@Introspected
public record ConsultationRequest(
        @Schema(description = "The case, by reference: never a name", example = "HK-2024-00123") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_-]*", message = "must be a case reference: letters, digits, / _ -")
        String caseReference,
        @NotBlank @Size(max = 100) String practitionerRole,
        @NotBlank @Size(max = 2000) String helpWanted) {
}
