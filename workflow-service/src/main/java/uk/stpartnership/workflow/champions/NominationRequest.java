package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A practitioner put forward as a champion. The candidate is named in a nomination; an application is the person's
 * own, so it names nobody.
 */
@Serdeable
@Introspected
public record NominationRequest(@Nullable @Size(max = 200) String candidate, @NotNull UUID teamId,
                                @NotBlank @Size(max = 200) String practitionerRole,
                                @NotNull @Min(0) @Max(60) Integer yearsInBorough,
                                @NotBlank @Size(max = 200) String lineManager) {
}
