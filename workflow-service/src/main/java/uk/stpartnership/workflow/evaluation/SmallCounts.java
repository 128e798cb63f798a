package uk.stpartnership.workflow.evaluation;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an evaluator sees cannot identify anyone: every count shown to evaluators goes through here. A count from 1 to
 * threshold - 1 is withheld ("fewer than 5"), and so is, wherever needed, a second cell (the smallest count still
 * shown, zeros apart) so that no row or column total, published or worked out from another breakdown of the same
 * people, gives a withheld count back by subtraction: every row and column has no withheld cell, or at least two.
 * Zeros are shown: they are what is not there. A total is never withheld here, so a total that is itself
 * small is for the caller not to publish.
 */
@Singleton
public class SmallCounts {

    /** A count as shown: the number, or null with the reason in {@code shown}. */
    @Serdeable
    public record Shown(@Nullable Long count, String shown) {
    }

    public static final String WITHHELD = "withheld so that a small count cannot be worked out";

    private final int threshold;

    public SmallCounts(@Value("${platform.evaluation.small-count-threshold}") int threshold) {
        if (threshold < 2) {
            throw new IllegalStateException("platform.evaluation.small-count-threshold must be at least 2, not " + threshold);
        }
        this.threshold = threshold;
    }

    /** One row of counts that add up to a total a reader knows or can work out (e.g. one breakdown of a quarter's complaints). */
    public List<Shown> row(List<Long> counts) {
        return table(List.of(counts)).getFirst();
    }

    /**
     * A table whose row and column totals a reader knows or can work out. Rows may differ in length; a column is
     * the cells at one index.
     */
    public List<List<Shown>> table(List<List<Long>> rows) {
        List<boolean[]> withheld = new ArrayList<>();
        for (List<Long> row : rows) {
            boolean[] small = new boolean[row.size()];
            for (int i = 0; i < row.size(); i++) {
                small[i] = isSmall(row.get(i));
            }
            withheld.add(small);
        }
        List<List<Cell>> lines = new ArrayList<>();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            lines.add(IntStream.range(0, rows.get(r).size()).mapToObj(i -> new Cell(row, i)).toList());
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            lines.add(IntStream.range(0, rows.size()).filter(r -> rows.get(r).size() > column).mapToObj(r -> new Cell(r, column)).toList());
        }
        // Withholding a cell for one row can leave its column with a single withheld cell: repeat until none is left alone.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> line : lines) {
                changed |= withholdASecond(line, rows, withheld);
            }
        }
        List<List<Shown>> shown = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Shown> row = new ArrayList<>();
            for (int i = 0; i < rows.get(r).size(); i++) {
                long count = rows.get(r).get(i);
                row.add(!withheld.get(r)[i] ? new Shown(count, Long.toString(count))
                        : new Shown(null, isSmall(count) ? "fewer than " + threshold : WITHHELD));
            }
            shown.add(row);
        }
        return shown;
    }

    /** A table's counts as shown: an evaluator's through {@link #table}, anyone else's in full. */
    public List<List<String>> shown(List<List<Long>> rows, boolean toAnEvaluator) {
        if (!toAnEvaluator) {
            return rows.stream().map(row -> row.stream().map(String::valueOf).toList()).toList();
        }
        return table(rows).stream().map(row -> row.stream().map(Shown::shown).toList()).toList();
    }

    private boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }

    private record Cell(int row, int index) {
        long count(List<List<Long>> rows) {
            return rows.get(row).get(index);
        }

        boolean withheld(List<boolean[]> withheld) {
            return withheld.get(row)[index];
        }
    }

    /** If exactly one cell of the line is withheld, withholds the smallest other count above zero; true if it did. */
    private static boolean withholdASecond(List<Cell> line, List<List<Long>> rows, List<boolean[]> withheld) {
        if (line.stream().filter(cell -> cell.withheld(withheld)).count() != 1) {
            return false;
        }
        return line.stream().filter(cell -> !cell.withheld(withheld) && cell.count(rows) > 0)
                .min(Comparator.comparingLong(cell -> cell.count(rows)))
                .map(smallest -> withheld.get(smallest.row())[smallest.index()] = true)
                .orElse(false);
    }
}
