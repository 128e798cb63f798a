package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A case of a round's cohort; a sampled one has its auditor, a moderated one its moderator too. {@code id} is all the process holds of it. */
@Introspected
public record AuditCase(UUID roundId, String caseReference, @Nullable String team, @Nullable WorkerTraining workerTraining,
                        @Nullable LocalDate closedOn, boolean sampled, @Nullable String auditor, @Nullable String moderator, UUID id) {
}
