package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Of the champions who became active, per borough and quarter they became active in: how many did at least 6 (12)
 * months before {@code on}, and of those how many were still active 6 (12) months after. "not yet" where none did;
 * for evaluators small counts in words (evaluation/SmallCounts), and with them what would give them back.
 */
@Serdeable
public record ChampionRetention(LocalDate on, List<Row> rows) {

    public static final String NOT_YET = "not yet";

    @Serdeable
    public record Row(String borough, String quarter, String becameActive, String activeSixMonthsAgo, String stillActiveAfterSixMonths,
                      String activeTwelveMonthsAgo, String stillActiveAfterTwelveMonths) {
    }

    /** One borough's start quarter from the aggregate query. */
    @Introspected
    public record Count(String borough, String quarter, long becameActive, long activeSixMonthsAgo, long stillActiveAfterSixMonths,
                        long activeTwelveMonthsAgo, long stillActiveAfterTwelveMonths) {
    }
}
