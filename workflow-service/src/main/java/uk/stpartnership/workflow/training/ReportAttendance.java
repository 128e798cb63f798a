package uk.stpartnership.workflow.training;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.evaluation.SmallCounts;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Training attendance per course, borough and programme year (docs/REPORTS.md): Table 2's and Appendix 1's shapes,
 * from one aggregate query. Counts only, nothing about a person. The delivery partner, project managers and
 * evaluators see the partnership's figures (evaluators with small counts withheld); a borough's implementation and
 * borough leads their borough's; anyone else: 404.
 */
@Singleton
public class ReportAttendance {

    private static final int MAX_YEARS = 10;

    private final CompletionRepository completions;
    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;
    private final SmallCounts smallCounts;

    ReportAttendance(CompletionRepository completions, TrainingCatalogue catalogue, TrainingAccess access, SmallCounts smallCounts) {
        this.completions = completions;
        this.catalogue = catalogue;
        this.access = access;
        this.smallCounts = smallCounts;
    }

    public AttendanceReport perCourse(Actor actor, int fromYear, int toYear) {
        String borough = boroughOf(actor);
        if (toYear < fromYear) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (toYear - fromYear >= MAX_YEARS) {
            throw ProblemException.badField("to", "a report may span at most " + MAX_YEARS + " programme years");
        }
        List<AttendanceReport.Count> counts = completions.countPerCourseBoroughAndYear(
                LocalDate.of(fromYear, Month.AUGUST, 1), LocalDate.of(toYear + 1, Month.AUGUST, 1));
        List<Integer> years = IntStream.rangeClosed(fromYear, toYear).boxed().toList();
        // Offered is the partnership's: a borough that trained no one in a year the course ran shows 0, not "not available".
        Set<String> offered = new HashSet<>();
        counts.forEach(count -> offered.add(count.course() + "/" + count.year()));
        Predicate<AttendanceReport.Count> inScope = count -> borough == null || borough.equals(count.borough());
        Set<String> boroughs = new TreeSet<>();
        counts.stream().filter(count -> count.attendance() > 0 && count.borough() != null).filter(inScope)
                .forEach(count -> boroughs.add(count.borough()));
        boolean suppressed = actor.holds(Role.EVALUATOR);

        List<AttendanceReport.Row> rows = new ArrayList<>();
        List<AttendanceReport.BoroughTable> byBorough = new ArrayList<>();
        for (Course course : catalogue.courses()) {
            List<Boolean> ran = years.stream().map(year -> offered.contains(course.code() + "/" + year)).toList();
            AttendanceReport.BoroughTable table = boroughTable(course, years, ran, List.copyOf(boroughs), counts, suppressed);
            List<Long> blocks = years.stream().map(year -> sum(counts, course, year, inScope, AttendanceReport.Count::blocks)).toList();
            // E-learning is not delivered in blocks.
            List<String> blocksShown = available(blocks, course.classroom() ? ran : years.stream().map(year -> false).toList());
            rows.add(new AttendanceReport.Row(course.code(), course.name(), List.copyOf(blocksShown.subList(0, years.size())),
                    blocksShown.getLast(), table.total(), table.totalOfYears()));
            byBorough.add(table);
        }
        return new AttendanceReport(years, borough, rows, byBorough);
    }

    /**
     * Appendix 1 for one course: a row per borough and the total row (Table 2's attendance), each with its total of
     * the years. For evaluators every figure, totals included, is one cell of a SmallCounts table, so that no total
     * gives a withheld count back.
     */
    private AttendanceReport.BoroughTable boroughTable(Course course, List<Integer> years, List<Boolean> ran, List<String> boroughs,
                                                       List<AttendanceReport.Count> counts, boolean suppressed) {
        List<List<Long>> figures = new ArrayList<>();
        for (String borough : boroughs) {
            figures.add(years.stream().map(year -> sum(counts, course, year, count -> borough.equals(count.borough()),
                    AttendanceReport.Count::attendance)).toList());
        }
        figures.add(IntStream.range(0, years.size()).mapToObj(i -> figures.stream().mapToLong(row -> row.get(i)).sum()).toList());
        List<List<String>> shown = smallCounts.shown(figures.stream().map(row -> {
            List<Long> withTotal = new ArrayList<>(row);
            withTotal.add(row.stream().mapToLong(Long::longValue).sum());
            return withTotal;
        }).toList(), suppressed);
        List<AttendanceReport.BoroughRow> rows = new ArrayList<>();
        for (int b = 0; b < boroughs.size(); b++) {
            List<String> row = availableShown(shown.get(b), ran);
            rows.add(new AttendanceReport.BoroughRow(boroughs.get(b), List.copyOf(row.subList(0, years.size())), row.getLast()));
        }
        List<String> total = availableShown(shown.getLast(), ran);
        return new AttendanceReport.BoroughTable(course.code(), course.name(), rows, List.copyOf(total.subList(0, years.size())), total.getLast());
    }

    private String boroughOf(Actor actor) {
        if (access.deliveryPartner(actor) || actor.holdsAny(Role.PROJECT_MANAGER, Role.EVALUATOR)) {
            return null;
        }
        if (actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD)) {
            return actor.organisation();
        }
        throw ProblemException.notFound("Training attendance report");
    }

    private static long sum(List<AttendanceReport.Count> counts, Course course, int year, Predicate<AttendanceReport.Count> which,
                            ToLongFunction<AttendanceReport.Count> figure) {
        return counts.stream().filter(count -> count.course().equals(course.code()) && count.year() == year).filter(which)
                .mapToLong(figure).sum();
    }

    /** The years' figures and their total, the total last: a year the course did not run, and a total of none, "not available". */
    private static List<String> available(List<Long> figures, List<Boolean> ran) {
        List<String> shown = new ArrayList<>(figures.stream().map(String::valueOf).toList());
        shown.add(Long.toString(figures.stream().mapToLong(Long::longValue).sum()));
        return availableShown(shown, ran);
    }

    private static List<String> availableShown(List<String> shownWithTotal, List<Boolean> ran) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < ran.size(); i++) {
            shown.add(ran.get(i) ? shownWithTotal.get(i) : AttendanceReport.NOT_AVAILABLE);
        }
        shown.add(ran.contains(true) ? shownWithTotal.getLast() : AttendanceReport.NOT_AVAILABLE);
        return shown;
    }
}
