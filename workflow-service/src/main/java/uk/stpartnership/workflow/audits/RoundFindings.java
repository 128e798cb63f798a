package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A round's findings (docs/CASE-AUDITS.md, "Findings and exports"), figures as shown: a count, or for evaluators a
 * small count in words (evaluation/SmallCounts); a percentage of the scored cases ("67%"), "withheld" when its count
 * or its total is, "not scored" when no case is. Aggregates only: no case reference, no auditor.
 *
 * @param countsWithheld whether small counts are withheld (the person is an evaluator)
 * @param byTraining     per allocated worker's training status, empty when the cohort gave none
 * @param baseline       for a follow-up, the change from the round it follows
 */
@Serdeable
public record RoundFindings(UUID roundId, String reference, String borough, List<String> boroughs, AuditRound.Purpose purpose,
                            UUID toolId, int sampleSize, boolean countsWithheld, List<CriterionFindings> criteria,
                            List<TrainingFindings> byTraining, AgreementFindings agreement, @Nullable BaselineComparison baseline) {

    public static final String WITHHELD = "withheld";
    public static final String NOT_SCORED = "not scored";

    /** A count and its share of the scored cases. */
    @Serdeable
    public record Figure(String count, String percent) {
    }

    /** One criterion's scores over the cases scored on it: the resolution's score where there is one, else the auditor's. */
    @Serdeable
    public record CriterionFindings(UUID criterionId, int position, String wording, String scored, Figure notMet, Figure partiallyMet,
                                    Figure met) {
    }

    /** The criteria's figures over the cases whose allocated worker had this training; {@code training} null: not given. */
    @Serdeable
    public record TrainingFindings(@Nullable WorkerTraining training, List<CriterionFindings> criteria) {
    }

    /**
     * Agreement between auditors and moderators over the moderated cases, per criterion and over all criteria
     * together; criteria whose kappa is under {@code flagUnder} are flagged.
     */
    @Serdeable
    public record AgreementFindings(double flagUnder, List<CriterionAgreement> criteria, CriterionAgreement overall) {
    }

    /**
     * {@code pairs}: cases both scored; {@code observed}: the share given the same score; kappa and weighted kappa to
     * two places, "undefined" when every score was the same, "no pairs" before any moderated case is scored twice.
     * Position and wording are null for the overall figure.
     */
    @Serdeable
    public record CriterionAgreement(@Nullable Integer position, @Nullable String wording, String pairs, String observed, String kappa,
                                     String weightedKappa, boolean flagged) {
    }

    @Serdeable
    public record BaselineComparison(UUID baselineRoundId, String baselineReference, List<Change> criteria) {
    }

    /**
     * A criterion then and now, matched across tool versions: CONTINUED (a criterion of this round's version continues
     * the baseline's, through {@code correspondsTo}), NEW (none of the baseline's), NO_LONGER_AUDITED (the baseline's,
     * continued by none of this round's). Figures of a side the criterion is not on are null; {@code change} is in
     * percentage points of cases met.
     */
    @Serdeable
    public record Change(Comparison comparison, @Nullable Integer position, @Nullable String wording, @Nullable Integer baselinePosition,
                         @Nullable String baselineWording, @Nullable String metThen, @Nullable String scoredThen,
                         @Nullable String percentThen, @Nullable String metNow, @Nullable String scoredNow, @Nullable String percentNow,
                         @Nullable String change) {
    }

    public enum Comparison { CONTINUED, NEW, NO_LONGER_AUDITED }
}
