package uk.stpartnership.uiapi.pages.charts;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.web.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The months a page of figures covers (from..to, as YYYY-MM), as the person typed them in the period form
 * (charts/period.jte), or the page's default. workflow-service checks them; its 400 comes back here as
 * the form's errors.
 *
 * @param errors by field ("from", "to"), the words the form shows
 */
public record Period(String from, String to, Map<String, String> errors) {

    private static final Map<String, String> LABELS = Map.of("from", "First month", "to", "Last month");

    /** The period asked for, each month the person left out being the default's. */
    public static Period asked(@Nullable String from, @Nullable String to, YearMonth defaultFrom, YearMonth defaultTo) {
        return new Period(blank(from) ? defaultFrom.toString() : from.strip(), blank(to) ? defaultTo.toString() : to.strip(), Map.of());
    }

    /** The same for a period of other units (programme years, quarters): given as the person typed them, or the defaults. */
    public static Period asked(@Nullable String from, @Nullable String to, String defaultFrom, String defaultTo) {
        return new Period(blank(from) ? defaultFrom : from.strip(), blank(to) ? defaultTo : to.strip(), Map.of());
    }

    /** The query for workflow-service and for links that keep the period. */
    public String query() {
        return "from=" + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
    }

    /** The same period with workflow-service's refusal of it, field by field. */
    public Period refused(WorkflowPages.Outcome outcome) {
        return refused(outcome, LABELS);
    }

    /** The same, the fields named by the form's own labels ("First programme year"). */
    public Period refused(WorkflowPages.Outcome outcome, Map<String, String> labels) {
        Map<String, String> found = new LinkedHashMap<>();
        Problem problem = outcome.problem();
        if (problem != null && problem.errors() != null) {
            problem.errors().forEach(error -> found.putIfAbsent(error.field(), labels.getOrDefault(error.field(), "The period") + " " + error.detail()));
        } else if (problem != null) {
            found.put(problem.field() == null ? "from" : problem.field(), labels.getOrDefault(problem.field(), "The period") + " " + problem.detail());
        }
        return new Period(from, to, found);
    }

    /** The error summary's links, in the form's order. */
    public List<ErrorLink> errorLinks() {
        List<ErrorLink> links = new ArrayList<>();
        for (String field : List.of("from", "to")) {
            if (errors.containsKey(field)) {
                links.add(new ErrorLink("#" + field, errors.get(field)));
            }
        }
        errors.forEach((field, error) -> {
            if (!LABELS.containsKey(field)) {
                links.add(new ErrorLink("#from", error));
            }
        });
        return links;
    }

    /** The months from..to, once workflow-service has accepted them. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.parse(from); !month.isAfter(YearMonth.parse(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
