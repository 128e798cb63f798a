package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Training attendance per programme year (1 August to 31 July, named by the year it starts in), figures as shown:
 * a number, "not available" (the course was not offered that year, or has no blocks: e-learning), or for evaluators
 * a small count in words (evaluation/SmallCounts). {@code courses} is the evaluation's Table 2 (blocks and
 * attendance per course), {@code byBorough} its Appendix 1 (per course, attendance per trainee's borough).
 *
 * @param borough the one borough the figures are of, null for the partnership's
 */
@Serdeable
public record AttendanceReport(List<Integer> years, @Nullable String borough, List<Row> courses, List<BoroughTable> byBorough) {

    public static final String NOT_AVAILABLE = "not available";

    @Serdeable
    public record Row(String course, String name, List<String> blocks, String blocksTotal, List<String> attendance,
                      String attendanceTotal) {
    }

    /** One course's attendance per borough and year; {@code total} per year is Table 2's attendance. */
    @Serdeable
    public record BoroughTable(String course, String name, List<BoroughRow> rows, List<String> total, String totalOfYears) {
    }

    @Serdeable
    public record BoroughRow(String borough, List<String> attendance, String total) {
    }

    /**
     * One course's figures in one programme year and borough, from the aggregate query: blocks by the cohort's
     * borough (null: cross-borough), attendance by the trainee's.
     */
    @Introspected
    public record Count(String course, @Nullable String borough, int year, long blocks, long attendance) {
    }
}
