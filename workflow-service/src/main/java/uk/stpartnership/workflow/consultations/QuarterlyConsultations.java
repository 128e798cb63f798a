package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** Consultations one person held in a quarter, e.g. 2026-Q4. */
@Serdeable
@Introspected
public record QuarterlyConsultations(String quarter, long consultations) {
}
