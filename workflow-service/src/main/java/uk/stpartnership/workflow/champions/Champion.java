package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A champion in their team, from their manager's agreement: in training, then signing the agreement, active, ended.
 * A leaving date still to come is kept in leavingOn until it is reached.
 */
@MappedEntity("champion")
public record Champion(@Id UUID id, UUID nominationId, String person, String borough, UUID teamId, String lineManager, Status status,
                       Instant startedAt, @Nullable Instant trainedAt, @Nullable Instant signedByChampionAt,
                       @Nullable String signedByManager, @Nullable Instant signedByManagerAt, @Nullable LocalDate activeFrom,
                       @Nullable LocalDate leavingOn, @Nullable LocalDate endedOn, @Nullable String endReason,
                       @Nullable String endRecordedBy) {

    public enum Status { IN_TRAINING, AGREEMENT, ACTIVE, ENDED }
}
