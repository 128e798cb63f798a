package uk.stpartnership.workflow.audits;

import uk.stpartnership.workflow.evaluation.SmallCounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * A round's findings worked out from its criteria, its sample and its scores, already read: the same figures for a
 * round's own findings and for each round of the summary. A case's score on a criterion is the resolution's when
 * there is one, else the auditor's; the moderator's counts only towards agreement.
 */
final class FindingsFigures {

    private final SmallCounts smallCounts;
    private final boolean withheld;
    private final double flagUnder;

    FindingsFigures(SmallCounts smallCounts, boolean withheld, double flagUnder) {
        this.smallCounts = smallCounts;
        this.withheld = withheld;
        this.flagUnder = flagUnder;
    }

    /** The round's findings without the comparison with its baseline; {@code criteria} those of its tool version, in order. */
    RoundFindings of(AuditRound round, List<AuditCriterion> criteria, List<AuditCase> sample, List<AuditScore> scores) {
        Map<UUID, Map<UUID, Score>> audited = new HashMap<>();
        Map<UUID, Map<UUID, Score>> moderated = new HashMap<>();
        Map<UUID, Map<UUID, Score>> resolved = new HashMap<>();
        for (AuditScore score : scores) {
            Map<UUID, Map<UUID, Score>> of = switch (score.scoredAs()) {
                case AUDIT -> audited;
                case MODERATION -> moderated;
                case RESOLUTION -> resolved;
            };
            of.computeIfAbsent(score.criterionId(), c -> new HashMap<>()).put(score.auditCaseId(), score.score());
        }
        // The training groups: every status once the cohort gave any, and "not given" when some case has none.
        List<WorkerTraining> groups = new ArrayList<>();
        boolean anyGiven = sample.stream().anyMatch(c -> c.workerTraining() != null);
        if (anyGiven) {
            groups.addAll(Arrays.asList(WorkerTraining.values()));
            if (sample.stream().anyMatch(c -> c.workerTraining() == null)) {
                groups.add(null);
            }
        }

        List<RoundFindings.CriterionFindings> overall = new ArrayList<>();
        Map<Integer, List<RoundFindings.CriterionFindings>> perGroup = new HashMap<>();
        List<RoundFindings.CriterionAgreement> agreements = new ArrayList<>();
        List<Agreement.Pair> allPairs = new ArrayList<>();
        for (AuditCriterion criterion : criteria) {
            Map<UUID, Score> audit = audited.getOrDefault(criterion.id(), Map.of());
            Map<UUID, Score> resolution = resolved.getOrDefault(criterion.id(), Map.of());
            // Rows: all cases, then each training group; cells: not met, partially met, met, scored.
            List<List<Long>> table = new ArrayList<>();
            table.add(new ArrayList<>(List.of(0L, 0L, 0L, 0L)));
            groups.forEach(g -> table.add(new ArrayList<>(List.of(0L, 0L, 0L, 0L))));
            for (AuditCase sampled : sample) {
                Score score = resolution.getOrDefault(sampled.id(), audit.get(sampled.id()));
                if (score == null) {
                    continue;
                }
                add(table.getFirst(), score);
                if (anyGiven) {
                    add(table.get(1 + groups.indexOf(sampled.workerTraining())), score);
                }
            }
            List<List<String>> shown = smallCounts.shown(table, withheld);
            overall.add(criterionFindings(criterion, table.getFirst(), shown.getFirst()));
            for (int g = 0; g < groups.size(); g++) {
                perGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(criterionFindings(criterion, table.get(g + 1), shown.get(g + 1)));
            }

            Map<UUID, Score> moderation = moderated.getOrDefault(criterion.id(), Map.of());
            List<Agreement.Pair> pairs = sample.stream().filter(c -> audit.containsKey(c.id()) && moderation.containsKey(c.id()))
                    .map(c -> new Agreement.Pair(audit.get(c.id()), moderation.get(c.id()))).toList();
            allPairs.addAll(pairs);
            agreements.add(agreement(criterion.position(), criterion.wording(), Agreement.of(pairs)));
        }
        List<RoundFindings.TrainingFindings> byTraining = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            byTraining.add(new RoundFindings.TrainingFindings(groups.get(g), perGroup.getOrDefault(g, List.of())));
        }
        RoundFindings.AgreementFindings agreement = new RoundFindings.AgreementFindings(flagUnder, agreements,
                agreement(null, null, Agreement.of(allPairs)));
        return new RoundFindings(round.id(), round.reference(), round.borough(), round.boroughs(), round.purpose(), round.toolId(),
                round.sampleSize(), withheld, overall, byTraining, agreement, null);
    }

    private static void add(List<Long> row, Score score) {
        row.set(score.ordinal(), row.get(score.ordinal()) + 1);
        row.set(3, row.get(3) + 1);
    }

    private static RoundFindings.CriterionFindings criterionFindings(AuditCriterion criterion, List<Long> counts, List<String> shown) {
        return new RoundFindings.CriterionFindings(criterion.id(), criterion.position(), criterion.wording(), shown.get(3),
                figure(counts, shown, Score.NOT_MET), figure(counts, shown, Score.PARTIALLY_MET), figure(counts, shown, Score.MET));
    }

    private static RoundFindings.Figure figure(List<Long> counts, List<String> shown, Score score) {
        return new RoundFindings.Figure(shown.get(score.ordinal()), percent(counts.get(score.ordinal()), counts.get(3),
                shows(counts, shown, score.ordinal()) && shows(counts, shown, 3)));
    }

    /** Whether a cell is shown as its count: a percentage of a withheld count, or of a withheld total, would give it back. */
    private static boolean shows(List<Long> counts, List<String> shown, int cell) {
        return shown.get(cell).equals(Long.toString(counts.get(cell)));
    }

    private static String percent(long count, long of, boolean shown) {
        if (of == 0) {
            return RoundFindings.NOT_SCORED;
        }
        return shown ? Math.round(100.0 * count / of) + "%" : RoundFindings.WITHHELD;
    }

    private RoundFindings.CriterionAgreement agreement(Integer position, String wording, Agreement agreement) {
        String pairs = smallCounts.shown(List.of(List.of((long) agreement.cases())), withheld).getFirst().getFirst();
        if (agreement.cases() == 0) {
            return new RoundFindings.CriterionAgreement(position, wording, pairs, "no pairs", "no pairs", "no pairs", false);
        }
        return new RoundFindings.CriterionAgreement(position, wording, pairs, Math.round(100 * agreement.observed()) + "%",
                kappa(agreement.kappa()), kappa(agreement.weightedKappa()), agreement.under(flagUnder));
    }

    private static String kappa(OptionalDouble kappa) {
        if (kappa.isEmpty()) {
            return "undefined";
        }
        // A kappa of 0 often comes out of floating point a hair under zero: no sign for what rounds to nothing.
        String shown = String.format(Locale.ROOT, "%.2f", kappa.getAsDouble());
        return shown.equals("-0.00") ? "0.00" : shown;
    }
}
