package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.listing.Page;

import java.util.List;

/**
 * Champions active now per borough (teams, teams with none) and per team. Evaluators get the boroughs' totals only,
 * the active champions' small counts in words (evaluation/SmallCounts); {@code teams} is then null.
 */
@Serdeable
public record ChampionsPerTeam(List<BoroughTotal> boroughs, @Nullable Page<TeamCoverage> teams) {

    @Serdeable
    public record BoroughTotal(String borough, long teams, long teamsWithNoChampion, String activeChampions) {
    }

    /** One borough's figures from the aggregate query. */
    @Introspected
    public record Count(String borough, long teams, long teamsWithNoChampion, long activeChampions) {
    }
}
