package uk.stpartnership.workflow.training;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Table 2's shape: per course, blocks (delivered cohorts) and attendance (people who completed the course) per
 * programme year (1 August to 31 July, named by the year it starts in), with totals. A cell is "not available" when
 * the course was neither delivered nor completed by anyone that year (not offered), never 0.
 */
@Serdeable
public record AttendanceReport(List<Integer> years, List<Row> rows) {

    public static final String NOT_AVAILABLE = "not available";

    @Serdeable
    public record Row(String course, String name, List<String> blocks, String blocksTotal, List<String> attendance,
                      String attendanceTotal) {
    }

    /** One course's figures in one programme year, from the aggregate query. */
    @Serdeable
    public record Count(String course, int year, long blocks, long attendance) {
    }
}
