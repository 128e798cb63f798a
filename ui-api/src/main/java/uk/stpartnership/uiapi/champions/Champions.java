package uk.stpartnership.uiapi.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the champion pages read from workflow-service (its API's shapes, the fields the pages show). */
public final class Champions {

    private Champions() {
    }

    @Serdeable
    public record Champion(String id, String person, String borough, String teamId, String teamName, String status,
                    @Nullable LocalDate activeFrom, @Nullable LocalDate leavingOn, @Nullable LocalDate endedOn) {
    }

    @Serdeable
    public record Nomination(String id, String borough, String candidate, String teamName, String practitionerRole, int yearsInBorough,
                      String lineManager, String route, String status, Instant putForwardAt, @Nullable String declinedAs,
                      @Nullable String declinedBy, @Nullable String declineReason, @Nullable Instant declinedAt) {
    }

    @Serdeable
    public record Team(String id, String borough, String name) {
    }

    @Serdeable
    public record Coverage(String teamId, String borough, String teamName, long activeChampions, long inTraining, boolean flagged) {
    }

    @Serdeable
    public record CheckIn(String checkedInBy, Instant checkedInAt, String note) {
    }

    @Serdeable
    public record Succession(LocalDate dueOn, @Nullable String doneBy, @Nullable Instant doneAt, @Nullable String outcome) {
    }

    @Serdeable
    public record Quarter(String quarter, long consultations) {
    }

    @Serdeable
    public record Detail(String id, String person, String borough, String teamName, String lineManager, String status,
                  @Nullable Instant signedByChampionAt, @Nullable String signedByManager, @Nullable Instant signedByManagerAt,
                  @Nullable LocalDate activeFrom, @Nullable LocalDate leavingOn, @Nullable LocalDate endedOn, @Nullable String endReason,
                  List<CheckIn> checkIns, @Nullable Succession succession, List<Quarter> consultationsPerQuarter) {
    }
}
