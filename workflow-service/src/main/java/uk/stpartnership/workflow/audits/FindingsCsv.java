package uk.stpartnership.workflow.audits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round's findings as CSV (RFC 4180, CRLF): a row per criterion over all cases, with its agreement and, for a
 * follow-up, its baseline; a row per criterion and training status; for a follow-up, a row per baseline criterion no
 * longer audited; last, the agreement over all criteria. Figures as the findings show them ("fewer than 5").
 */
final class FindingsCsv {

    private static final List<String> HEAD = List.of("Criterion", "Wording", "Allocated worker's training", "Scored", "Sample", "Not met",
            "Not met %", "Partially met", "Partially met %", "Met", "Met %", "Moderated pairs", "Observed agreement", "Kappa",
            "Weighted kappa", "Agreement flagged", "Compared with baseline", "Baseline met", "Baseline scored", "Baseline met %",
            "Change in met");

    private FindingsCsv() {
    }

    static String of(RoundFindings findings) {
        Map<Integer, RoundFindings.Change> changes = findings.baseline() == null ? Map.of() : findings.baseline().criteria().stream()
                .filter(change -> change.position() != null).collect(Collectors.toMap(RoundFindings.Change::position, Function.identity()));
        StringBuilder csv = new StringBuilder();
        line(csv, HEAD);
        String sample = Integer.toString(findings.sampleSize());
        for (int i = 0; i < findings.criteria().size(); i++) {
            RoundFindings.CriterionFindings criterion = findings.criteria().get(i);
            RoundFindings.CriterionAgreement agreement = findings.agreement().criteria().get(i);
            List<String> row = scores(criterion, "all cases", sample);
            row.addAll(agreement(agreement));
            RoundFindings.Change change = changes.get(criterion.position());
            row.addAll(change == null ? blanks(5) : List.of(words(change.comparison()), blank(change.metThen()), blank(change.scoredThen()),
                    blank(change.percentThen()), blank(change.change())));
            line(csv, row);
        }
        for (RoundFindings.TrainingFindings training : findings.byTraining()) {
            for (RoundFindings.CriterionFindings criterion : training.criteria()) {
                List<String> row = scores(criterion, training.training() == null ? "not given" : words(training.training()), sample);
                row.addAll(blanks(10));
                line(csv, row);
            }
        }
        if (findings.baseline() != null) {
            for (RoundFindings.Change change : findings.baseline().criteria()) {
                if (change.comparison() == RoundFindings.Comparison.NO_LONGER_AUDITED) {
                    List<String> row = new ArrayList<>(List.of("", blank(change.baselineWording())));
                    row.addAll(blanks(14));
                    row.addAll(List.of(words(change.comparison()), blank(change.metThen()), blank(change.scoredThen()),
                            blank(change.percentThen()), ""));
                    line(csv, row);
                }
            }
        }
        List<String> overall = new ArrayList<>(List.of("All criteria", "", "all cases"));
        overall.addAll(blanks(8));
        overall.addAll(agreement(findings.agreement().overall()));
        overall.addAll(blanks(5));
        line(csv, overall);
        return csv.toString();
    }

    private static List<String> scores(RoundFindings.CriterionFindings criterion, String training, String sample) {
        return new ArrayList<>(List.of(Integer.toString(criterion.position()), criterion.wording(), training, criterion.scored(), sample,
                criterion.notMet().count(), criterion.notMet().percent(), criterion.partiallyMet().count(),
                criterion.partiallyMet().percent(), criterion.met().count(), criterion.met().percent()));
    }

    private static List<String> agreement(RoundFindings.CriterionAgreement agreement) {
        return List.of(agreement.pairs(), agreement.observed(), agreement.kappa(), agreement.weightedKappa(), agreement.flagged() ? "yes" : "no");
    }

    /** CHAMPION as "champion", ST_TRAINED as "S&T trained", NO_LONGER_AUDITED as "no longer audited". */
    static String words(Enum<?> value) {
        return value == WorkerTraining.ST_TRAINED ? "S&T trained" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static List<String> blanks(int count) {
        return new ArrayList<>(Collections.nCopies(count, ""));
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(FindingsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when needed; a cell a spreadsheet would run as a formula is given as text. */
    private static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || !text.equals(value)
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
