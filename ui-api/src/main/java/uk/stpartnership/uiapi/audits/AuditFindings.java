package uk.stpartnership.uiapi.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What the findings and summary pages read from workflow-service (its API's shapes, docs/CASE-AUDITS.md): figures already as shown. */
final class AuditFindings {

    private AuditFindings() {
    }

    @Serdeable
    record Round(String roundId, String reference, String borough, List<String> boroughs, String purpose, int sampleSize,
                 boolean countsWithheld, List<Criterion> criteria, List<Training> byTraining, Agreement agreement,
                 @Nullable Baseline baseline) {
    }

    @Serdeable
    record Figure(String count, String percent) {
    }

    @Serdeable
    record Criterion(int position, String wording, String scored, Figure notMet, Figure partiallyMet, Figure met) {
    }

    @Serdeable
    record Training(@Nullable String training, List<Criterion> criteria) {
    }

    @Serdeable
    record Agreement(double flagUnder, List<CriterionAgreement> criteria, CriterionAgreement overall) {
    }

    @Serdeable
    record CriterionAgreement(@Nullable Integer position, @Nullable String wording, String pairs, String observed, String kappa,
                              String weightedKappa, boolean flagged) {
    }

    @Serdeable
    record Baseline(String baselineRoundId, String baselineReference, List<Change> criteria) {
    }

    @Serdeable
    record Change(String comparison, @Nullable Integer position, @Nullable String wording, @Nullable Integer baselinePosition,
                  @Nullable String baselineWording, @Nullable String metThen, @Nullable String scoredThen, @Nullable String percentThen,
                  @Nullable String metNow, @Nullable String scoredNow, @Nullable String percentNow, @Nullable String change) {
    }

    @Serdeable
    record Summary(int year, boolean countsWithheld, List<BoroughRounds> boroughs, int page, int size, long total) {
    }

    @Serdeable
    record BoroughRounds(String borough, List<SummaryRound> rounds) {
    }

    @Serdeable
    record SummaryRound(String roundId, String reference, List<String> boroughs, String purpose, String status, int sampleSize,
                        List<CriterionMet> criteria, String pairs, String kappa) {
    }

    @Serdeable
    record CriterionMet(int position, String wording, String scored, String met) {
    }
}
