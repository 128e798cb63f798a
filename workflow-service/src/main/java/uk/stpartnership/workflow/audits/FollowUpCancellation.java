package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A follow-up cancelled: by which decision of the decision log. */
@Serdeable
@Introspected
public record FollowUpCancellation(@Schema(description = "the decision, in the decision log, that cancelled the follow-up")
                                   @NotNull UUID decisionId) {
}
