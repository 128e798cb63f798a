package uk.stpartnership.workflow.training;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Training attendance per course and programme year (docs/REPORTS.md). Counts only, nothing about a person. The
 * delivery partner, project managers and evaluators see the partnership's figures; a borough's leads their borough's.
 */
@Singleton
public class ReportAttendance {

    private static final int MAX_YEARS = 10;

    private final CompletionRepository completions;
    private final TrainingCatalogue catalogue;
    private final TrainingAccess access;

    ReportAttendance(CompletionRepository completions, TrainingCatalogue catalogue, TrainingAccess access) {
        this.completions = completions;
        this.catalogue = catalogue;
        this.access = access;
    }

    public AttendanceReport perCourse(Actor actor, Integer fromYear, Integer toYear) {
        if (fromYear == null) {
            throw ProblemException.badField("from", "must be a programme year like 2025 (1 August 2025 to 31 July 2026)");
        }
        if (toYear == null) {
            throw ProblemException.badField("to", "must be a programme year like 2026");
        }
        if (toYear < fromYear) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (toYear - fromYear >= MAX_YEARS) {
            throw ProblemException.badField("to", "a report may span at most " + MAX_YEARS + " programme years");
        }
        String borough = access.deliveryPartner(actor) || actor.holdsAny(Role.PROJECT_MANAGER, Role.EVALUATOR)
                ? null : actor.organisation();
        Map<String, Map<Integer, AttendanceReport.Count>> counts = new HashMap<>();
        for (AttendanceReport.Count count : completions.countPerCourseAndYear(fromYear, toYear, borough)) {
            counts.computeIfAbsent(count.course(), c -> new HashMap<>()).put(count.year(), count);
        }
        List<Integer> years = IntStream.rangeClosed(fromYear, toYear).boxed().toList();
        List<AttendanceReport.Row> rows = new ArrayList<>();
        for (Course course : catalogue.courses()) {
            Map<Integer, AttendanceReport.Count> ofCourse = counts.getOrDefault(course.code(), Map.of());
            List<String> blocks = new ArrayList<>();
            List<String> attendance = new ArrayList<>();
            long blocksTotal = 0;
            long attendanceTotal = 0;
            for (int year : years) {
                AttendanceReport.Count count = ofCourse.get(year);
                blocks.add(count == null || !course.classroom() ? AttendanceReport.NOT_AVAILABLE : Long.toString(count.blocks()));
                attendance.add(count == null ? AttendanceReport.NOT_AVAILABLE : Long.toString(count.attendance()));
                blocksTotal += count == null ? 0 : count.blocks();
                attendanceTotal += count == null ? 0 : count.attendance();
            }
            rows.add(new AttendanceReport.Row(course.code(), course.name(), blocks,
                    course.classroom() && !ofCourse.isEmpty() ? Long.toString(blocksTotal) : AttendanceReport.NOT_AVAILABLE,
                    attendance, ofCourse.isEmpty() ? AttendanceReport.NOT_AVAILABLE : Long.toString(attendanceTotal)));
        }
        return new AttendanceReport(years, rows);
    }
}
