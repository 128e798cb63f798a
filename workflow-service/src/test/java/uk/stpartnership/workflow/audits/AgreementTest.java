package uk.stpartnership.workflow.audits;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.stpartnership.workflow.audits.Score.MET;
import static uk.stpartnership.workflow.audits.Score.NOT_MET;
import static uk.stpartnership.workflow.audits.Score.PARTIALLY_MET;

/** Kappa and linearly weighted kappa against values worked by hand (docs/CASE-AUDITS.md shows the first). */
class AgreementTest {

    @Test
    void tenCasesWorkedByHand() {
        // Observed 7/10. The auditor's scores: met 6, partly 3, not 1; the moderator's: met 4, partly 4, not 2.
        // Chance: .6×.4 + .3×.4 + .1×.2 = .38, so kappa = (.7 − .38) / (1 − .38) = .32 / .62.
        // Weighted (a near miss counts half): observed .7 + ½(.2 + .1) = .85; chance .38 + ½(.46) = .61;
        // weighted kappa = (.85 − .61) / (1 − .61) = .24 / .39.
        Agreement agreement = Agreement.of(pairs(4, MET, MET, 2, PARTIALLY_MET, PARTIALLY_MET, 1, NOT_MET, NOT_MET,
                2, MET, PARTIALLY_MET, 1, PARTIALLY_MET, NOT_MET));

        assertThat(agreement.cases()).isEqualTo(10);
        assertThat(agreement.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(agreement.kappa().getAsDouble()).isCloseTo(0.32 / 0.62, within(1e-12));
        assertThat(agreement.weightedKappa().getAsDouble()).isCloseTo(0.24 / 0.39, within(1e-12));
        assertThat(agreement.under(0.6)).isTrue();
        assertThat(agreement.under(0.5)).isFalse();
    }

    @Test
    void perfectAgreementAcrossTheScaleIsOne() {
        Agreement agreement = Agreement.of(pairs(3, MET, MET, 2, PARTIALLY_MET, PARTIALLY_MET, 1, NOT_MET, NOT_MET));

        assertThat(agreement.kappa().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(agreement.weightedKappa().getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void agreementNoBetterThanChanceIsZero() {
        // Each auditor: half met, half not met, independently of the other: observed .5, chance .5.
        Agreement agreement = Agreement.of(pairs(1, MET, MET, 1, MET, NOT_MET, 1, NOT_MET, MET, 1, NOT_MET, NOT_MET));

        assertThat(agreement.observed()).isCloseTo(0.5, within(1e-12));
        assertThat(agreement.kappa().getAsDouble()).isCloseTo(0.0, within(1e-12));
        assertThat(agreement.weightedKappa().getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aCriterionEveryoneScoredTheSameHasNoKappaAndIsNotFlagged() {
        Agreement agreement = Agreement.of(pairs(5, MET, MET));

        assertThat(agreement.observed()).isEqualTo(1.0);
        assertThat(agreement.kappa()).isEmpty();
        assertThat(agreement.weightedKappa()).isEmpty();
        assertThat(agreement.under(0.6)).as("full agreement, though chance explains it").isFalse();
        assertThat(Agreement.of(List.of()).kappa()).isEmpty();
    }

    /** Counts and pairs: 4, MET, MET, 2, MET, NOT_MET … */
    private static List<Agreement.Pair> pairs(Object... countsAndScores) {
        List<Agreement.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < countsAndScores.length; i += 3) {
            pairs.addAll(Collections.nCopies((Integer) countsAndScores[i],
                    new Agreement.Pair((Score) countsAndScores[i + 1], (Score) countsAndScores[i + 2])));
        }
        return pairs;
    }
}
