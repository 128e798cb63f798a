package uk.stpartnership.uiapi.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.charts.BarChart;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.surveys.SurveyReport.CourseFigures;
import uk.stpartnership.uiapi.surveys.SurveyReport.Phase;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report "Pre/post confidence per course" for a programme year: a table of answers and means, the change, and per
 * course a chart of the confidence scores with the same figures in a table; the demographics as counts; a CSV of it
 * all. workflow-service decides who sees which boroughs (anyone else: the 404 page) and withholds the small counts;
 * a withheld figure is shown in words.
 */
@Controller("/training/surveys")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveyReportPages {

    private static final List<String> SCORES = List.of("1 (lowest)", "2", "3", "4", "5", "6", "7 (highest)");

    private final Pages pages;
    private final WorkflowPages workflow;
    private final PeopleDirectory directory;

    SurveyReportPages(Pages pages, WorkflowPages workflow, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.directory = directory;
    }

    @Get(value = "/report", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> report(Authentication person, @Nullable @QueryValue Integer year) {
        SurveyReport report = read(person, year);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Training surveys " + report.programmeYearName(), Pages.Section.REPORTS));
        model.put("yearName", report.programmeYearName());
        model.put("scope", report.borough() == null ? "All boroughs"
                : directory.organisationNames().getOrDefault(report.borough(), report.borough()));
        model.put("years", List.of(
                new Page.NavigationItem("Previous year", "/training/surveys/report?year=" + (report.programmeYear() - 1), false),
                new Page.NavigationItem("Next year", "/training/surveys/report?year=" + (report.programmeYear() + 1), false)));
        model.put("csv", "/training/surveys/report.csv?year=" + report.programmeYear());
        List<List<String>> means = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        List<ScoreDistribution> distributions = new ArrayList<>();
        for (CourseFigures course : report.courses()) {
            for (Phase phase : phases(course)) {
                means.add(List.of(course.courseName(), phaseName(phase), phase.answers().shown(), mean(phase.meanConfidence()),
                        mean(phase.meanKnowledge())));
            }
            if (course.pre() != null) {
                changes.add(List.of(course.courseName(), change(course.confidenceChange()), change(course.knowledgeChange())));
            }
            distribution(course).ifPresent(distributions::add);
        }
        model.put("means", means);
        model.put("changes", changes);
        model.put("distributions", distributions);
        model.put("demographics", report.demographics().stream().map(d -> new DemographicCounts(d.label(),
                d.answers().stream().map(a -> List.of(a.label(), a.count().shown())).toList())).toList());
        return new ModelAndView<>("surveys/report", model);
    }

    @Get(value = "/report.csv", produces = "text/csv")
    HttpResponse<byte[]> csv(Authentication person, @Nullable @QueryValue Integer year) {
        SurveyReport report = read(person, year);
        StringBuilder csv = new StringBuilder("programme_year,borough,course,survey,figure,question,answer,value\r\n");
        String scope = report.borough() == null ? "all" : report.borough();
        Function<List<String>, String> line = cells -> String.join(",", cells.stream().map(SurveyReportPages::csvCell).toList()) + "\r\n";
        for (CourseFigures course : report.courses()) {
            for (Phase phase : phases(course)) {
                List<String> start = List.of(report.programmeYearName(), scope, course.courseName(), phaseName(phase));
                csv.append(line.apply(join(start, "answers", "", "", phase.answers().shown())));
                csv.append(line.apply(join(start, "mean", "confidence", "", mean(phase.meanConfidence()))));
                csv.append(line.apply(join(start, "mean", "knowledge", "", mean(phase.meanKnowledge()))));
                for (int score = 1; score <= 7; score++) {
                    csv.append(line.apply(join(start, "answers per score", "confidence", Integer.toString(score), count(phase.confidence(), score, phase))));
                    csv.append(line.apply(join(start, "answers per score", "knowledge", Integer.toString(score), count(phase.knowledge(), score, phase))));
                }
            }
            if (course.pre() != null) {
                List<String> start = List.of(report.programmeYearName(), scope, course.courseName(), "after minus before (unpaired)");
                csv.append(line.apply(join(start, "change of mean", "confidence", "", change(course.confidenceChange()))));
                csv.append(line.apply(join(start, "change of mean", "knowledge", "", change(course.knowledgeChange()))));
            }
        }
        for (SurveyReport.Demographic demographic : report.demographics()) {
            for (SurveyReport.AnswerCount answer : demographic.answers()) {
                csv.append(line.apply(List.of(report.programmeYearName(), scope, "all courses", "After the course", "answers",
                        demographic.question(), answer.label(), answer.count().shown())));
            }
        }
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"training-surveys-" + report.programmeYear() + ".csv\"");
    }

    private SurveyReport read(Authentication person, @Nullable Integer year) {
        return workflow.get(person, "/internal/surveys/report" + (year == null ? "" : "?year=" + year), Argument.of(SurveyReport.class));
    }

    private static List<Phase> phases(CourseFigures course) {
        return course.pre() == null ? List.of(course.post()) : List.of(course.pre(), course.post());
    }

    private static String phaseName(Phase phase) {
        return "PRE".equals(phase.phase()) ? "Before the course" : "After the course";
    }

    /** The confidence chart and a table of both questions, for a course with a distribution shown. */
    private static Optional<ScoreDistribution> distribution(CourseFigures course) {
        List<Phase> shown = phases(course).stream()
                .filter(p -> p.confidence() != null && p.knowledge() != null && p.answers().count() != null && p.answers().count() > 0).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<BarChart.Series> series = shown.stream().map(p -> new BarChart.Series(phaseName(p),
                p.confidence().stream().map(BarChart.Value::of).toList())).toList();
        BarChart chart = BarChart.of("scores-" + course.course().toLowerCase(Locale.UK),
                course.courseName() + ": answers per confidence score",
                "A bar for each confidence score from 1 to 7" + (shown.size() > 1 ? ", before and after the course" : "")
                        + ", its length the number of answers. The table below gives the same figures, and the knowledge scores.",
                SCORES, series);
        List<String> head = new ArrayList<>(List.of("Score"));
        shown.forEach(p -> head.add("Confidence, " + phaseName(p).toLowerCase(Locale.UK)));
        shown.forEach(p -> head.add("Knowledge, " + phaseName(p).toLowerCase(Locale.UK)));
        List<List<String>> rows = new ArrayList<>();
        for (int score = 0; score < 7; score++) {
            List<String> row = new ArrayList<>(List.of(SCORES.get(score)));
            for (Phase p : shown) {
                row.add(Long.toString(p.confidence().get(score)));
            }
            for (Phase p : shown) {
                row.add(Long.toString(p.knowledge().get(score)));
            }
            rows.add(row);
        }
        return Optional.of(new ScoreDistribution(course.courseName(), chart, head, rows,
                head.stream().map(h -> !h.equals("Score")).toList()));
    }

    private static String count(@Nullable List<Long> counts, int score, Phase phase) {
        return counts == null ? phase.distributionShown() : Long.toString(counts.get(score - 1));
    }

    private static String mean(@Nullable BigDecimal mean) {
        return mean == null ? "not available" : mean.toPlainString();
    }

    private static String change(@Nullable BigDecimal change) {
        return change == null ? "not available" : (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }

    private static List<String> join(List<String> start, String... rest) {
        List<String> all = new ArrayList<>(start);
        all.addAll(List.of(rest));
        return all;
    }

    /** Quoted where it has a comma, a quote or a line break; a leading =, +, - or @ kept from spreadsheets' formulas. */
    private static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[-+][0-9.]+") ? "'" + value : value;
        return safe.matches(".*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
