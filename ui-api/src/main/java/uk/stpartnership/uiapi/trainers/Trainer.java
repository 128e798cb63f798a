package uk.stpartnership.uiapi.trainers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.govuk.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A trainer as workflow-service shows them (TrainerView), with the words the pages use. */
@Serdeable
public record Trainer(UUID id, String trainerId, LocalDate accreditedOn, @Nullable LocalDate lastDeliveredOn, long cohortsDelivered,
                      String status, LocalDate lapsesOn, LocalDate lapsesUndeliveredOn, LocalDate runsOutOn, @Nullable LocalDate lapsedOn,
                      @Nullable String lapsedBecause, String recordedBy, Instant recordedAt) {

    public Tag tag() {
        return switch (status) {
            case "ACCREDITED" -> new Tag("Accredited", "green");
            case "LAPSING_SOON" -> new Tag("Lapsing soon", "yellow");
            default -> new Tag("Lapsed", "red");
        };
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "None yet" : DueDates.day(day);
    }

    /** Why it lapsed, or the way it runs out first. */
    public String because() {
        boolean renewal = lapsedBecause == null ? !lapsesOn.isAfter(lapsesUndeliveredOn) : lapsedBecause.equals("NOT_RENEWED");
        return renewal ? "renewal due" : "a cohort due";
    }
}
