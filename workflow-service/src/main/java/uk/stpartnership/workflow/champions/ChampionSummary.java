package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A champion as the lists show them, with their team's name. */
@Serdeable
@Introspected
public record ChampionSummary(UUID id, String person, String borough, UUID teamId, String teamName, Champion.Status status,
                              @Nullable LocalDate activeFrom, @Nullable LocalDate leavingOn, @Nullable LocalDate endedOn) {
}
