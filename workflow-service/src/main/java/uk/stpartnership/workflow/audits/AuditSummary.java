package uk.stpartnership.workflow.audits;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * The rounds planned in a year across the boroughs, for the operational group (docs/CASE-AUDITS.md): per borough
 * (the one running the round), each round's sample, the share of its scored cases meeting each criterion, and the
 * kappa over all its criteria. A page of rounds ({@code page}, {@code size}, {@code total} count rounds); figures as
 * RoundFindings shows them.
 */
@Serdeable
public record AuditSummary(int year, boolean countsWithheld, List<BoroughRounds> boroughs, int page, int size, long total) {

    @Serdeable
    public record BoroughRounds(String borough, List<SummaryRound> rounds) {
    }

    @Serdeable
    public record SummaryRound(UUID roundId, String reference, List<String> boroughs, AuditRound.Purpose purpose, AuditRound.Status status,
                               int sampleSize, List<CriterionMet> criteria, String pairs, String kappa) {
    }

    /** {@code met} the share of the scored cases meeting the criterion. */
    @Serdeable
    public record CriterionMet(int position, String wording, String scored, String met) {
    }
}
