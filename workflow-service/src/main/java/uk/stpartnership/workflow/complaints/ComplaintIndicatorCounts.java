package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Complaints received per borough per quarter, counted by complainant relationship, stage reached, outcome (NONE while
 * open) and review conclusion (NOT_REQUIRED, PENDING, or the conclusion). Counts only, small ones withheld
 * (evaluation/SmallCounts): {@code complaints} is then null and {@code shown} says "fewer than 5", or that the count
 * is withheld so that a small one in the same breakdown cannot be worked out from the quarter's total.
 */
@Serdeable
public record ComplaintIndicatorCounts(String from, String to, List<Count> counts) {

    /** dimension: complainantRelationship, stageReached, outcome or reviewConclusion. */
    @Serdeable
    public record Count(String borough, String quarter, String dimension, String value, @Nullable Long complaints, String shown) {
    }
}
