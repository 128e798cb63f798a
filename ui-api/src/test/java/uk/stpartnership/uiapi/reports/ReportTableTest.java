package uk.stpartnership.uiapi.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A report table's CSV says what its page says, in RFC 4180, and no cell runs as a spreadsheet formula. */
class ReportTableTest {

    @Test
    void aHeaderRowThenTheCellsAsShownQuotedWhereNeeded() {
        ReportTable table = new ReportTable("teams", "Active champions per team", List.of("Team", "Borough", "Active champions"),
                List.of(List.of("Assessment, North", "Hackney", "fewer than 5"), List.of("The \"A\" team", "Newham", "not available"),
                        List.of("=HYPERLINK(\"x\")", "-1", "withheld")), List.of(false, false, true));

        assertThat(table.csv()).isEqualTo("Team,Borough,Active champions\r\n"
                + "\"Assessment, North\",Hackney,fewer than 5\r\n"
                + "\"The \"\"A\"\" team\",Newham,not available\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",\"'-1\",withheld\r\n");
    }

    @Test
    void theNextPageOfAListAddsItsRows() {
        ReportTable first = new ReportTable("t", "T", List.of("A"), List.of(List.of("1")), List.of(false));
        assertThat(first.plus(List.of(List.of("2"))).csv()).isEqualTo("A\r\n1\r\n2\r\n");
    }
}
