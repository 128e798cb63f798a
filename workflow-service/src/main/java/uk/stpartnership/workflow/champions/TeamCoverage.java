package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A team and its active champions; flagged when it has none. */
@Serdeable
@Introspected
public record TeamCoverage(UUID teamId, String borough, String teamName, long activeChampions, long inTraining, boolean flagged) {
}
