package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Finding a replacement for the team of a champion whose agreement ended. */
@Serdeable
@MappedEntity("champion_succession")
public record Succession(@Id UUID championId, String borough, UUID teamId, LocalDate dueOn, Instant dueAt, Instant startedAt,
                         @Nullable String doneBy, @Nullable Instant doneAt, @Nullable String outcome) {
}
