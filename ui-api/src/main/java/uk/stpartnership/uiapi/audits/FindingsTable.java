package uk.stpartnership.uiapi.audits;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A table of the findings pages: a caption, the column headers and rows whose first cell names the row (a row
 * header, for screen readers); {@code numeric} per column, whether its cells are figures (right-aligned).
 */
public record FindingsTable(String caption, List<String> head, List<List<String>> rows, List<Boolean> numeric) {

    /** The first column names the row; the others are figures. */
    static FindingsTable of(String caption, List<String> head, List<List<String>> rows) {
        return new FindingsTable(caption, head, rows, IntStream.range(0, head.size()).mapToObj(i -> i > 0).toList());
    }
}
