package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** When a champion was active: from the day they became active to the day their agreement ended (still active: null). */
@Introspected
public record ActivePeriod(UUID id, String person, String borough, String teamName, LocalDate activeFrom, @Nullable LocalDate endedOn) {
}
