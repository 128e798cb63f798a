package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A case of a round's cohort: its reference only, never a person, with what the borough chose to add. */
public record CohortCase(String caseReference, @Nullable String team, @Nullable WorkerTraining workerTraining,
                         @Nullable LocalDate closedOn) {
}
