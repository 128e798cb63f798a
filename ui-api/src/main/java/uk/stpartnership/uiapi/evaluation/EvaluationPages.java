package uk.stpartnership.uiapi.evaluation;

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
import uk.stpartnership.uiapi.pages.Labels;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.Words;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.charts.BarChart;
import uk.stpartnership.uiapi.pages.charts.Period;
import uk.stpartnership.uiapi.people.PeopleDirectory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation's complaint indicators, one breakdown at a time, as a table and a chart. workflow-service counts them,
 * withholds the small counts ("fewer than 5") and any count they could be worked out from, and lets only evaluators
 * and project managers see them: a withheld count is shown in words, never as a number.
 */
@Controller("/evaluation")
@Hidden
@Secured({"EVALUATOR", "PROJECT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationPages {

    private static final String TITLE = "Complaint indicators";

    /** A breakdown the indicators count by: its name in the API, its words, and its values in the order they are shown. */
    record Breakdown(String dimension, String name, List<String> values) {
    }

    static final List<Breakdown> BREAKDOWNS = List.of(
            new Breakdown("complainantRelationship", "Complainant's relationship", List.of("PERSON_CAUSING_HARM", "OTHER_PARENT", "CHILD", "OTHER")),
            new Breakdown("stageReached", "Stage reached", List.of("RECEIVED", "STAGE1", "STAGE2", "STAGE3", "OMBUDSMAN")),
            new Breakdown("outcome", "Outcome", List.of("NONE", "UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "WITHDRAWN", "RESOLVED_EARLY")),
            new Breakdown("reviewConclusion", "Review conclusion", List.of("NOT_REQUIRED", "PENDING", "YES", "NO", "UNCLEAR")));

    private static final Map<String, String> VALUE_WORDS = Map.ofEntries(
            Map.entry("STAGE1", "Stage 1"), Map.entry("STAGE2", "Stage 2"), Map.entry("STAGE3", "Stage 3"),
            Map.entry("NONE", "Still open"), Map.entry("NOT_REQUIRED", "No review needed"), Map.entry("PENDING", "Review not done yet"),
            Map.entry("YES", "Pattern of systems abuse"), Map.entry("NO", "No pattern of systems abuse"));

    @Serdeable
    record Indicators(String from, String to, List<Count> counts) {
    }

    @Serdeable
    record Count(String borough, String quarter, String dimension, String value, @Nullable Long complaints, String shown) {
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final PeopleDirectory directory;
    private final Labels labels;

    EvaluationPages(Pages pages, WorkflowPages workflow, PeopleDirectory directory, Labels labels) {
        this.pages = pages;
        this.workflow = workflow;
        this.directory = directory;
        this.labels = labels;
    }

    @Get(value = "/complaints", produces = MediaType.TEXT_HTML)
    HttpResponse<?> complaints(Authentication person, @Nullable @QueryValue String breakdown,
                               @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Breakdown shown = BREAKDOWNS.stream().filter(b -> b.dimension().equals(breakdown)).findFirst().orElse(BREAKDOWNS.getFirst());
        // Whole quarters: this one and the three before it.
        YearMonth now = YearMonth.now(DueDates.LONDON);
        Period period = Period.asked(from, to, now.minusMonths((now.getMonthValue() - 1) % 3 + 9L), now);
        WorkflowPages.Outcome outcome = workflow.send(person, "GET", "/internal/complaints/indicators?" + period.query(), null);
        Map<String, Object> model = new HashMap<>();
        model.put("breakdownName", shown.name());
        model.put("breakdownDimension", shown.dimension());
        model.put("links", BREAKDOWNS.stream().map(b -> new Page.NavigationItem(b.name(),
                "/evaluation/complaints?breakdown=" + b.dimension() + "&" + period.query(), b == shown)).toList());
        model.put("chart", null);
        model.put("head", List.of());
        model.put("rows", List.of());
        model.put("numeric", List.of());
        if (!outcome.done()) {
            Period refused = period.refused(outcome);
            model.put("page", pages.of(person, TITLE, Pages.Section.EVALUATION).withErrors(refused.errorLinks()));
            model.put("period", refused);
            return HttpResponse.badRequest(new ModelAndView<>("evaluation/complaints", model));
        }
        Indicators indicators = workflow.read(outcome.body(), Argument.of(Indicators.class));
        Map<String, String> names = directory.organisationNames();
        // One category per borough's quarter, boroughs by name, quarters in order; a value counted nowhere is left out.
        Map<String, Map<String, Count>> cells = new LinkedHashMap<>();
        indicators.counts().stream().filter(c -> c.dimension().equals(shown.dimension()))
                .sorted(Comparator.comparing((Count c) -> names.getOrDefault(c.borough(), c.borough())).thenComparing(Count::quarter))
                .forEach(c -> cells.computeIfAbsent(names.getOrDefault(c.borough(), Words.of(c.borough())) + ", " + c.quarter().replace('-', ' '),
                        key -> new HashMap<>()).put(c.value(), c));
        List<String> values = new ArrayList<>(shown.values().stream()
                .filter(v -> cells.values().stream().anyMatch(row -> row.containsKey(v))).toList());
        cells.values().forEach(row -> row.keySet().stream().filter(v -> !values.contains(v)).sorted().forEach(values::add));
        List<String> valueNames = values.stream().map(this::words).toList();

        List<String> head = new ArrayList<>(List.of("Borough and quarter"));
        head.addAll(valueNames);
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        values.forEach(v -> numeric.add(true));
        List<List<String>> rows = new ArrayList<>();
        cells.forEach((category, row) -> {
            List<String> line = new ArrayList<>(List.of(category));
            values.forEach(v -> line.add(value(row.get(v)).shown()));
            rows.add(line);
        });
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            series.add(new BarChart.Series(valueNames.get(i), cells.values().stream().map(row -> value(row.get(value))).toList()));
        }
        if (!cells.isEmpty()) {
            model.put("chart", BarChart.of("indicators-chart", "Complaints received by " + shown.name().toLowerCase(Locale.UK)
                            + ", per borough and quarter",
                    "A bar for each " + shown.name().toLowerCase(Locale.UK) + " in each borough's quarter, its length the number of "
                            + "complaints. A count withheld to protect privacy has no bar and says fewer than 5, or withheld. "
                            + "The table below the chart gives the same figures.",
                    List.copyOf(cells.keySet()), series));
        }
        model.put("page", pages.of(person, TITLE, Pages.Section.EVALUATION));
        model.put("period", period);
        model.put("head", head);
        model.put("rows", rows);
        model.put("numeric", numeric);
        return HttpResponse.ok(new ModelAndView<>("evaluation/complaints", model));
    }

    /** A cell as shown: zero where the value was not counted (the API lists no zeros), words where it is withheld. */
    private static BarChart.Value value(@Nullable Count count) {
        if (count == null) {
            return BarChart.Value.of(0);
        }
        if (count.complaints() == null) {
            return new BarChart.Value(null, count.shown().startsWith("withheld") ? "withheld" : count.shown());
        }
        return BarChart.Value.of(count.complaints());
    }

    private String words(String value) {
        if (value.equals("PERSON_CAUSING_HARM")) {
            String label = labels.personCausingHarm();
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        return VALUE_WORDS.getOrDefault(value, Words.of(value));
    }
}
