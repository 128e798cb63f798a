package uk.stpartnership.uiapi.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.audits.CaseAudits;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.charts.BarChart;
import uk.stpartnership.uiapi.pages.charts.Period;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The training and champion reports (docs/REPORTS.md): training attendance (Table 2 and Appendix 1, with a chart),
 * champions per borough and team, consultations per champion per quarter, retention. workflow-service counts, decides
 * who sees which borough and withholds evaluators' small counts; each table here is shown as it came and can be
 * downloaded as CSV from /reports/{report}/{table}.csv, built by the same code as the page.
 */
@Controller("/reports")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportPages {

    private static final int PAGE_SIZE = 20;
    private static final int CSV_PAGE_SIZE = 100;
    private static final int CSV_MAX_PAGES = 100;
    private static final Map<String, String> YEAR_LABELS = Map.of("from", "First programme year", "to", "Last programme year");
    private static final Map<String, String> QUARTER_LABELS = Map.of("from", "First quarter", "to", "Last quarter");

    /** A report as built for its page and its downloads. */
    record Built(String title, String intro, @Nullable Period period, Map<String, String> labels, List<ReportTable> tables,
                 @Nullable BarChart chart, int pages, int page, String query) {
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final PeopleDirectory directory;

    ReportPages(Pages pages, WorkflowPages workflow, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.directory = directory;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> index(Authentication person) {
        Page page = pages.of(person, "Reports", Pages.Section.REPORTS);
        return new ModelAndView<>("reports/index", Map.of("page", page, "seesAuditSummary", CaseAudits.seesSummary(page.person())));
    }

    @Get(value = "/{report}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> report(Authentication person, @PathVariable String report, @Nullable @QueryValue String from,
                           @Nullable @QueryValue String to, @QueryValue(defaultValue = "0") int page) {
        Built built = build(person, report, from, to, Math.max(0, page), PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        Page shownPage = pages.of(person, built.title(), Pages.Section.REPORTS);
        boolean refused = built.period() != null && !built.period().errors().isEmpty();
        model.put("page", refused ? shownPage.withErrors(built.period().errorLinks()) : shownPage);
        model.put("report", report);
        model.put("intro", built.intro());
        model.put("period", built.period());
        model.put("words", built.labels() == QUARTER_LABELS
                ? new PeriodWords("First quarter", "For example, 2026-Q1", "Last quarter", "For example, 2026-Q4")
                : new PeriodWords("First programme year", "For example, 2025", "Last programme year", "For example, 2026"));
        model.put("chart", built.chart());
        model.put("tables", built.tables().stream().map(t -> new ShownTable(t, "/reports/" + report + "/" + t.id() + ".csv"
                + (built.query().isEmpty() ? "" : "?" + built.query()))).toList());
        model.put("pagination", built.pages() > 1 ? Pagination.of(built.page(), built.pages(),
                p -> "/reports/" + report + "?" + (built.query().isEmpty() ? "" : built.query() + "&") + "page=" + p) : null);
        ModelAndView<Map<String, Object>> view = new ModelAndView<>("reports/report", model);
        return refused ? HttpResponse.badRequest(view) : HttpResponse.ok(view);
    }

    @Get(value = "/{report}/{file}", produces = "text/csv")
    HttpResponse<byte[]> csv(Authentication person, @PathVariable String report, @PathVariable String file,
                             @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        if (!file.endsWith(".csv")) {
            throw ProblemException.notFound("Page");
        }
        String id = file.substring(0, file.length() - ".csv".length());
        ReportTable table = null;
        for (int page = 0, pages = 1; page < Math.min(pages, CSV_MAX_PAGES); page++) {
            Built built = build(person, report, from, to, page, CSV_PAGE_SIZE);
            if (built.period() != null && !built.period().errors().isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, String.join("; ", built.period().errors().values()));
            }
            ReportTable found = built.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Page"));
            table = table == null ? found : table.plus(found.rows());
            pages = built.pages();
        }
        return HttpResponse.ok(table.csv().getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report + "-" + id + ".csv\"");
    }

    private Built build(Authentication person, String report, @Nullable String from, @Nullable String to, int page, int size) {
        return switch (report) {
            case "attendance" -> attendance(person, from, to);
            case "champions" -> champions(person, page, size);
            case "consultations" -> consultations(person, from, to, page, size);
            case "retention" -> retention(person);
            default -> throw ProblemException.notFound("Page");
        };
    }

    private Built attendance(Authentication person, @Nullable String from, @Nullable String to) {
        LocalDate today = LocalDate.now(DueDates.LONDON);
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        Period period = Period.asked(from, to, Integer.toString(year - 1), Integer.toString(year));
        String title = "Training attendance";
        String intro = "Attendance is the number of people who completed a course in the programme year (1 August to 31 July, "
                + "named by the year its 1 August is in: 2025 is 2025 to 2026): "
                + "every day of a cohort attended, or for e-learning its completion recorded. A block is a cohort delivered. "
                + "Each person counts in their own borough, wherever they trained. Not available means the course did not run "
                + "that year (and e-learning has no blocks); 0 means it ran and no one of that borough completed it.";
        WorkflowPages.Outcome outcome = workflow.send(person, "GET", "/internal/training/reports/attendance?" + period.query(), null);
        if (!outcome.done()) {
            return new Built(title, intro, period.refused(outcome, YEAR_LABELS), YEAR_LABELS, List.of(), null, 1, 0, period.query());
        }
        Reports.Attendance report = workflow.read(outcome.body(), Argument.of(Reports.Attendance.class));
        Map<String, String> names = directory.organisationNames();
        List<String> years = report.years().stream().map(y -> y + " to " + (y + 1)).toList();
        String scope = report.borough() == null ? "the partnership" : names.getOrDefault(report.borough(), report.borough());

        List<String> head = new ArrayList<>(List.of("Course"));
        years.forEach(y -> head.add("Blocks in " + y));
        head.add("Blocks in total");
        years.forEach(y -> head.add("Attended in " + y));
        head.add("Attended in total");
        List<List<String>> rows = new ArrayList<>();
        for (Reports.CourseRow course : report.courses()) {
            List<String> row = new ArrayList<>(List.of(course.name()));
            row.addAll(course.blocks());
            row.add(course.blocksTotal());
            course.attendance().forEach(a -> row.add(words(a)));
            row.add(words(course.attendanceTotal()));
            rows.add(row);
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("courses", "Training delivered and attended by " + scope + ", per programme year", head, rows, numeric(head.size())));
        for (Reports.BoroughTable course : report.byBorough()) {
            List<String> boroughHead = new ArrayList<>(List.of("Borough"));
            years.forEach(y -> boroughHead.add("Attended in " + y));
            boroughHead.add("Total");
            List<List<String>> boroughRows = new ArrayList<>();
            for (Reports.BoroughRow borough : course.rows()) {
                List<String> row = new ArrayList<>(List.of(names.getOrDefault(borough.borough(), borough.borough())));
                borough.attendance().forEach(a -> row.add(words(a)));
                row.add(words(borough.total()));
                boroughRows.add(row);
            }
            List<String> total = new ArrayList<>(List.of("Total"));
            course.total().forEach(a -> total.add(words(a)));
            total.add(words(course.totalOfYears()));
            boroughRows.add(total);
            tables.add(new ReportTable(course.course().toLowerCase(Locale.ROOT).replace('_', '-') + "-by-borough",
                    course.name() + ": attendance per borough", boroughHead, boroughRows, numeric(boroughHead.size())));
        }
        List<BarChart.Series> series = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            int year0 = y;
            series.add(new BarChart.Series(years.get(y), report.courses().stream().map(c -> value(words(c.attendance().get(year0)))).toList()));
        }
        BarChart chart = BarChart.of("attendance-chart", "People who completed each course, per programme year (" + scope + ")",
                "A bar for each programme year in each course, its length the number of people who completed the course. "
                        + "A course that did not run in a year has no bar and says not available; a count withheld to protect "
                        + "privacy says fewer than 5, or withheld. The table below gives the same figures.",
                report.courses().stream().map(Reports.CourseRow::name).toList(), series);
        return new Built(title, intro, period, YEAR_LABELS, tables, chart, 1, 0, period.query());
    }

    private Built champions(Authentication person, int page, int size) {
        Reports.PerTeam report = workflow.get(person, "/internal/champions/reports/teams?page=" + page + "&size=" + size,
                Argument.of(Reports.PerTeam.class));
        Map<String, String> names = directory.organisationNames();
        List<ReportTable> tables = new ArrayList<>();
        List<String> head = List.of("Borough", "Teams", "Teams with no active champion", "Active champions");
        tables.add(new ReportTable("boroughs", "Active champions per borough", head, report.boroughs().stream()
                .map(b -> List.of(names.getOrDefault(b.borough(), b.borough()), Long.toString(b.teams()), Long.toString(b.teamsWithNoChampion()),
                        words(b.activeChampions()))).toList(), numeric(head.size())));
        int pages = 1;
        if (report.teams() != null) {
            List<String> teamHead = List.of("Team", "Borough", "Active champions", "In training or signing", "Coverage");
            tables.add(new ReportTable("teams", "Active champions per team", teamHead, report.teams().items().stream()
                    .map(t -> List.of(t.teamName(), names.getOrDefault(t.borough(), t.borough()), Long.toString(t.activeChampions()),
                            Long.toString(t.inTraining()), t.flagged() ? "No active champion" : "Covered")).toList(),
                    List.of(false, false, true, true, false)));
            pages = report.teams().pages();
        }
        return new Built("Champions per borough and team",
                "Champions active today, per borough and per team on the borough's register. A team with no active champion is "
                        + "flagged: its implementation lead is asked to find one.", null, Map.of(), tables, null, pages, page, "");
    }

    private Built consultations(Authentication person, @Nullable String from, @Nullable String to, int page, int size) {
        LocalDate quarter = LocalDate.now(DueDates.LONDON).withDayOfMonth(1);
        quarter = quarter.withMonth((quarter.getMonthValue() - 1) / 3 * 3 + 1);
        Period period = Period.asked(from, to, quarterName(quarter.minusMonths(9)), quarterName(quarter));
        String title = "Consultations given by champions";
        String intro = "Case consultations each champion held per quarter, counted from the day they became an active champion to "
                + "the day their agreement ended. Not active means they were not an active champion in that quarter.";
        WorkflowPages.Outcome outcome = workflow.send(person, "GET", "/internal/champions/reports/consultations?" + period.query()
                + "&page=" + page + "&size=" + size, null);
        if (!outcome.done()) {
            return new Built(title, intro, period.refused(outcome, QUARTER_LABELS), QUARTER_LABELS, List.of(), null, 1, 0, period.query());
        }
        Reports.Consultations report = workflow.read(outcome.body(), Argument.of(Reports.Consultations.class));
        Map<String, String> names = directory.organisationNames();
        List<String> quarters = report.quarters().stream().map(q -> q.replace('-', ' ')).toList();
        List<String> head = new ArrayList<>(List.of("Borough"));
        head.addAll(quarters);
        head.add("Total");
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("boroughs", "Consultations given by champions, per borough and quarter", head,
                report.boroughs().stream().map(b -> {
                    List<String> row = new ArrayList<>(List.of(names.getOrDefault(b.borough(), b.borough())));
                    b.consultations().forEach(c -> row.add(words(c)));
                    row.add(words(b.total()));
                    return row;
                }).toList(), numeric(head.size())));
        int pages = 1;
        if (report.champions() != null) {
            Map<String, String> people = directory.displayNames(report.champions().items().stream().map(Reports.ChampionRow::person).toList());
            List<String> championHead = new ArrayList<>(List.of("Champion", "Borough", "Team"));
            championHead.addAll(quarters);
            championHead.add("Total");
            List<Boolean> numeric = new ArrayList<>(List.of(false, false, false));
            quarters.forEach(q -> numeric.add(true));
            numeric.add(true);
            tables.add(new ReportTable("champions", "Consultations given per champion and quarter", championHead,
                    report.champions().items().stream().map(c -> {
                        List<String> row = new ArrayList<>(List.of(people.get(c.person()), names.getOrDefault(c.borough(), c.borough()), c.teamName()));
                        row.addAll(c.consultations());
                        row.add(c.total());
                        return row;
                    }).toList(), numeric));
            pages = report.champions().pages();
        }
        return new Built(title, intro, period, QUARTER_LABELS, tables, null, pages, page, period.query());
    }

    private Built retention(Authentication person) {
        Reports.Retention report = workflow.get(person, "/internal/champions/reports/retention", Argument.of(Reports.Retention.class));
        Map<String, String> names = directory.organisationNames();
        List<String> head = List.of("Borough and quarter they became active in", "Became active", "Active 6 months ago or more",
                "Still active after 6 months", "Active 12 months ago or more", "Still active after 12 months");
        List<ReportTable> tables = List.of(new ReportTable("retention", "Champions still active after 6 and 12 months, on "
                + DueDates.day(report.on()), head, report.rows().stream().map(r -> List.of(
                names.getOrDefault(r.borough(), r.borough()) + ", " + r.quarter().replace('-', ' '), words(r.becameActive()),
                words(r.activeSixMonthsAgo()), words(r.stillActiveAfterSixMonths()), words(r.activeTwelveMonthsAgo()),
                words(r.stillActiveAfterTwelveMonths()))).toList(), numeric(head.size())));
        return new Built("Champion retention",
                "Of the champions who became active in each quarter, how many were still active 6 and 12 months later. Only those "
                        + "who became active at least 6 (or 12) months ago count; not yet means none of them did.",
                null, Map.of(), tables, null, 1, 0, "");
    }

    /** The first column names the row; the others are figures. */
    private static List<Boolean> numeric(int columns) {
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (int i = 1; i < columns; i++) {
            numeric.add(true);
        }
        return numeric;
    }

    /** A figure as the page shows it: workflow-service's reason for withholding one in a word. */
    private static String words(String shown) {
        return shown.startsWith("withheld") ? "withheld" : shown;
    }

    private static BarChart.Value value(String shown) {
        try {
            return BarChart.Value.of(Long.parseLong(shown));
        } catch (NumberFormatException words) {
            return new BarChart.Value(null, shown);
        }
    }

    private static String quarterName(LocalDate start) {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
