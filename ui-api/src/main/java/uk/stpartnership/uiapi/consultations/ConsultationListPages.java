package uk.stpartnership.uiapi.consultations;

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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.Words;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.charts.BarChart;
import uk.stpartnership.uiapi.pages.charts.Period;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.signin.TokenClaims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The borough's consultation requests with the consultations held, and the consultations held per month per borough
 * as a table and a chart. workflow-service decides what each person sees: their own borough's list and counts, or,
 * for the partnership's roles, the counts of every borough.
 */
@Controller("/consultations")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsultationListPages {

    private static final int PAGE_SIZE = 20;
    private static final int MONTHS_SHOWN = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);


    @Serdeable
    record Consultation(String id, String caseReference, String practitionerRole, String requestedBy, Instant requestedAt,
                        @Nullable LocalDate heldOn, @Nullable String heldBy, @Nullable List<String> themes, @Nullable Boolean followUpNeeded) {
    }

    @Serdeable
    record Monthly(String from, String to, List<Count> counts) {
    }

    @Serdeable
    record Count(String borough, String month, long consultations) {
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final PeopleDirectory directory;

    ConsultationListPages(Pages pages, WorkflowPages workflow, TokenClaims claims, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.directory = directory;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"IMPLEMENTATION_LEAD", "CHAMPION", "PRACTITIONER"})
    ModelAndView<Map<String, Object>> list(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<Consultation> listed = workflow.get(person, "/internal/consultations?page=" + shown + "&size=" + PAGE_SIZE, Listed.of(Consultation.class));
        List<List<String>> rows = listed.items().stream().map(c -> List.of(
                c.caseReference(),
                DueDates.day(DueDates.dayOf(c.requestedAt())),
                c.practitionerRole(),
                c.heldOn() == null ? "Not held yet" : DueDates.day(c.heldOn()),
                c.themes() == null || c.themes().isEmpty() ? "" : String.join(", ", c.themes().stream().map(Words::of).toList()),
                c.followUpNeeded() == null ? "" : c.followUpNeeded() ? "Yes" : "No")).toList();
        int pageCount = (int) Math.max(1, (listed.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<String> roles = claims.signedIn(person).roles();
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Your borough's case consultations", Pages.Section.CONSULTATIONS));
        model.put("rows", rows);
        model.put("total", listed.total());
        model.put("pagination", Pagination.of(shown, pageCount, p -> "/consultations?page=" + p));
        model.put("mayRequest", roles.contains("PRACTITIONER") || roles.contains("CHAMPION"));
        return new ModelAndView<>("consultations/list", model);
    }

    @Get(value = "/monthly", produces = MediaType.TEXT_HTML)
    @Secured({"IMPLEMENTATION_LEAD", "CHAMPION", "PRACTITIONER", "EVALUATOR", "PROJECT_MANAGER"})
    HttpResponse<?> monthly(Authentication person, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        YearMonth now = YearMonth.now(DueDates.LONDON);
        Period period = Period.asked(from, to, now.minusMonths(MONTHS_SHOWN - 1L), now);
        List<String> roles = claims.signedIn(person).roles();
        Pages.Section section = roles.contains("EVALUATOR") || roles.contains("PROJECT_MANAGER") ? Pages.Section.EVALUATION : Pages.Section.CONSULTATIONS;
        String title = "Case consultations held per month";
        WorkflowPages.Outcome outcome = workflow.send(person, "GET", "/internal/consultations/monthly?" + period.query(), null);
        Map<String, Object> model = new HashMap<>();
        if (!outcome.done()) {
            Period refused = period.refused(outcome);
            model.put("page", pages.of(person, title, section).withErrors(refused.errorLinks()));
            model.put("period", refused);
            model.put("chart", null);
            model.put("head", List.of());
            model.put("rows", List.of());
            model.put("numeric", List.of());
            return HttpResponse.badRequest(new ModelAndView<>("consultations/monthly", model));
        }
        Monthly monthly = workflow.read(outcome.body(), Argument.of(Monthly.class));
        Map<String, String> names = directory.organisationNames();
        List<String> boroughs = new ArrayList<>(new TreeSet<>(monthly.counts().stream().map(Count::borough).toList()));
        List<YearMonth> months = period.months();
        Map<String, Long> byBoroughAndMonth = new HashMap<>();
        monthly.counts().forEach(c -> byBoroughAndMonth.put(c.borough() + " " + c.month(), c.consultations()));
        List<String> head = new ArrayList<>(List.of("Month"));
        boroughs.forEach(b -> head.add(names.getOrDefault(b, Words.of(b))));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        boroughs.forEach(b -> numeric.add(true));
        List<List<String>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            List<String> row = new ArrayList<>(List.of(MONTH.format(month)));
            boroughs.forEach(b -> row.add(Long.toString(byBoroughAndMonth.getOrDefault(b + " " + month, 0L))));
            rows.add(row);
        }
        List<BarChart.Series> series = boroughs.stream().map(b -> new BarChart.Series(names.getOrDefault(b, Words.of(b)), months.stream()
                .map(m -> BarChart.Value.of(byBoroughAndMonth.getOrDefault(b + " " + m, 0L))).toList())).toList();
        String between = MONTH.format(months.getFirst()) + " to " + MONTH.format(months.getLast());
        BarChart chart = boroughs.isEmpty() ? null : BarChart.of("consultations-chart", title + ", " + between,
                "A bar for each borough in each month, its length the number of case consultations held. "
                        + "The table below the chart gives the same figures.",
                months.stream().map(MONTH::format).toList(), series);
        model.put("page", pages.of(person, title, section));
        model.put("period", period);
        model.put("chart", chart);
        model.put("head", head);
        model.put("rows", rows);
        model.put("numeric", numeric);
        return HttpResponse.ok(new ModelAndView<>("consultations/monthly", model));
    }
}
