package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A new version of a tool: its criteria in order, each continuing a criterion of the version it is made from, or new. */
@Serdeable
@Introspected
public record AuditToolRevision(@NotNull @NotEmpty @Size(max = 30) List<@NotNull @Valid Criterion> criteria) {

    @Serdeable
    @Introspected
    public record Criterion(
            @Schema(description = "the criterion of the version the new one is made from that this one continues; null for a new criterion")
            @Nullable UUID continues,
            @Schema(example = "The plan is clear on what parents are expected to do") @NotBlank @Size(max = 500) String wording) {
    }
}
