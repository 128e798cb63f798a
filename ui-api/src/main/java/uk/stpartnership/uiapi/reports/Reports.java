package uk.stpartnership.uiapi.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.uiapi.pages.Listed;

import java.time.LocalDate;
import java.util.List;

/** What the report pages read from workflow-service (its API's shapes): figures already as shown. */
final class Reports {

    private Reports() {
    }

    @Serdeable
    record Attendance(List<Integer> years, @Nullable String borough, List<CourseRow> courses, List<BoroughTable> byBorough) {
    }

    @Serdeable
    record CourseRow(String course, String name, List<String> blocks, String blocksTotal, List<String> attendance, String attendanceTotal) {
    }

    @Serdeable
    record BoroughTable(String course, String name, List<BoroughRow> rows, List<String> total, String totalOfYears) {
    }

    @Serdeable
    record BoroughRow(String borough, List<String> attendance, String total) {
    }

    @Serdeable
    record PerTeam(List<BoroughTotal> boroughs, @Nullable Listed<Team> teams) {
    }

    @Serdeable
    record BoroughTotal(String borough, long teams, long teamsWithNoChampion, String activeChampions) {
    }

    @Serdeable
    record Team(String teamId, String borough, String teamName, long activeChampions, long inTraining, boolean flagged) {
    }

    @Serdeable
    record Consultations(List<String> quarters, @Nullable Listed<ChampionRow> champions, List<ConsultationRow> boroughs) {
    }

    @Serdeable
    record ChampionRow(String id, String person, String borough, String teamName, List<String> consultations, String total) {
    }

    @Serdeable
    record ConsultationRow(String borough, List<String> consultations, String total) {
    }

    @Serdeable
    record Retention(LocalDate on, List<RetentionRow> rows) {
    }

    @Serdeable
    record RetentionRow(String borough, String quarter, String becameActive, String activeSixMonthsAgo, String stillActiveAfterSixMonths,
                        String activeTwelveMonthsAgo, String stillActiveAfterTwelveMonths) {
    }
}
