package uk.stpartnership.workflow.champions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.listing.Page;

import java.util.List;
import java.util.UUID;

/**
 * Consultations champions gave per quarter (e.g. 2026-Q4), counted while each was an active champion: per champion
 * (a quarter they were not active in says so) and per borough. Evaluators get the boroughs' only, small counts in
 * words; {@code champions} is then null.
 */
@Serdeable
public record ChampionConsultations(List<String> quarters, @Nullable Page<ChampionRow> champions, List<BoroughRow> boroughs) {

    public static final String NOT_ACTIVE = "not active";

    @Serdeable
    public record ChampionRow(UUID id, String person, String borough, String teamName, List<String> consultations, String total) {
    }

    @Serdeable
    public record BoroughRow(String borough, List<String> consultations, String total) {
    }
}
