package uk.stpartnership.uiapi.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a report as the page shows it and as its CSV download gives it: the same header and cells, so the
 * download says what the page says ("not available", "fewer than 5", "withheld"). The first cell of a row names it.
 *
 * @param id      the table's name in its CSV's route (/reports/{report}/{id}.csv)
 * @param numeric per column, whether its cells are figures (right-aligned)
 */
public record ReportTable(String id, String caption, List<String> head, List<List<String>> rows, List<Boolean> numeric) {

    /** The same table with more rows (the next page of a list). */
    ReportTable plus(List<List<String>> more) {
        List<List<String>> all = new ArrayList<>(rows);
        all.addAll(more);
        return new ReportTable(id, caption, head, all, numeric);
    }

    /** RFC 4180: a header row, then a row per line, CRLF; a cell a spreadsheet would run as a formula is quoted as text. */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        line(csv, head);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || !text.equals(value)
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
