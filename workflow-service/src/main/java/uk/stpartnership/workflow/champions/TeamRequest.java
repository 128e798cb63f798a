package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team added to the borough's register. */
@Serdeable
@Introspected
public record TeamRequest(@NotBlank @Size(max = 200) String name) {
}
