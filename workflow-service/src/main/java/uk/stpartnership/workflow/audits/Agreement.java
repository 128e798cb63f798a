package uk.stpartnership.workflow.audits;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How far two auditors agree on the cases both scored: the share of identical scores, Cohen's kappa (agreement beyond
 * what chance gives, from each auditor's own spread of scores) and linearly weighted kappa (a near miss on the ordered
 * scale counts half). When chance alone would give full agreement (both gave every case the same score) kappa is
 * undefined: it is empty, never a division by zero. docs/CASE-AUDITS.md works an example.
 */
public record Agreement(int cases, double observed, OptionalDouble kappa, OptionalDouble weightedKappa) {

    /** The two scores one case got, from its auditor and its moderator. */
    public record Pair(Score first, Score second) {
    }

    public static Agreement of(List<Pair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new Agreement(0, Double.NaN, OptionalDouble.empty(), OptionalDouble.empty());
        }
        int k = Score.values().length;
        double[][] p = new double[k][k];
        double[] first = new double[k];
        double[] second = new double[k];
        for (Pair pair : pairs) {
            p[pair.first().ordinal()][pair.second().ordinal()] += 1.0 / n;
            first[pair.first().ordinal()] += 1.0 / n;
            second[pair.second().ordinal()] += 1.0 / n;
        }
        double observed = 0;
        double expected = 0;
        double weightedObserved = 0;
        double weightedExpected = 0;
        for (int i = 0; i < k; i++) {
            observed += p[i][i];
            expected += first[i] * second[i];
            for (int j = 0; j < k; j++) {
                double weight = 1.0 - (double) Math.abs(i - j) / (k - 1);
                weightedObserved += weight * p[i][j];
                weightedExpected += weight * first[i] * second[j];
            }
        }
        return new Agreement(n, observed, kappa(observed, expected), kappa(weightedObserved, weightedExpected));
    }

    private static OptionalDouble kappa(double observed, double expected) {
        // Within rounding of 1: every score was the same, and chance explains all of the agreement.
        return 1.0 - expected < 1e-12 ? OptionalDouble.empty() : OptionalDouble.of((observed - expected) / (1.0 - expected));
    }

    /**
     * A criterion is flagged when its kappa is under the partnership's threshold. Undefined is not flagged: it only
     * happens when both auditors gave every case the same score, which is full agreement.
     */
    public boolean under(double threshold) {
        return kappa.isPresent() && kappa.getAsDouble() < threshold;
    }
}
