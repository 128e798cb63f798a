package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The borough's cohort file, as its text (docs/CASE-AUDITS.md, "The cohort file"). */
@Serdeable
@Introspected
public record CohortUpload(@Schema(example = "case_reference,team,worker_training\nHK-2022-0001,Assessment team 2,champion\n")
                           @NotNull String file) {
}
