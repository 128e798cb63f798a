package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.consultations.QuarterlyConsultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A champion's page: their team, the agreement's signatures, where they stand, check-ins, succession, consultations. */
@Serdeable
public record ChampionDetail(UUID id, String person, String borough, UUID teamId, String teamName, String lineManager,
                             Champion.Status status, Instant startedAt, @Nullable Instant trainedAt,
                             @Nullable Instant signedByChampionAt, @Nullable String signedByManager, @Nullable Instant signedByManagerAt,
                             @Nullable LocalDate activeFrom, @Nullable LocalDate leavingOn, @Nullable LocalDate endedOn,
                             @Nullable String endReason, List<CheckIn> checkIns, @Nullable Succession succession,
                             List<QuarterlyConsultations> consultationsPerQuarter) {

    static ChampionDetail of(Champion c, String teamName, List<CheckIn> checkIns, @Nullable Succession succession,
                             List<QuarterlyConsultations> consultations) {
        return new ChampionDetail(c.id(), c.person(), c.borough(), c.teamId(), teamName, c.lineManager(), c.status(), c.startedAt(),
                c.trainedAt(), c.signedByChampionAt(), c.signedByManager(), c.signedByManagerAt(), c.activeFrom(), c.leavingOn(),
                c.endedOn(), c.endReason(), checkIns, succession, consultations);
    }
}
