package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Complaints received per borough per quarter, counted by complainant relationship, stage reached, outcome (NONE while
 * open) and review conclusion (NOT_REQUIRED, PENDING, or the conclusion). Counts only.
 */
@Serdeable
public record ComplaintIndicatorCounts(String from, String to, List<Count> counts) {

    /** dimension: complainantRelationship, stageReached, outcome or reviewConclusion. */
    @Serdeable
    public record Count(String borough, String quarter, String dimension, String value, long complaints) {
    }
}
