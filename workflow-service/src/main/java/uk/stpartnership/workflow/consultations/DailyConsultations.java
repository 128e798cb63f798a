package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** Consultations one person held on one day: what the champion reports add up within each champion's active period. */
@Introspected
public record DailyConsultations(String heldBy, LocalDate heldOn, long consultations) {
}
