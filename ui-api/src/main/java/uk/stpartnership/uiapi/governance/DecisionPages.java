package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.DateInput;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The decision log, searched by words, group, borough, status and dates; and one decision with its follow-up actions. */
@Controller("/governance/decisions")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DecisionPages {

    private static final int PAGE_SIZE = 20;
    private static final List<String> STATUSES = List.of("OPEN", "IMPLEMENTED", "SUPERSEDED");
    private static final List<String> DATES = List.of("from", "to");
    private static final FormErrors.Inputs INPUTS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("q", "the words");
        words.put("group", "the group");
        words.put("borough", "the borough");
        words.put("status", "the status");
        words.put("from", "decided from");
        words.put("to", "decided to");
        INPUTS = new FormErrors.Inputs(words, Set.copyOf(DATES), Set.of("group", "status"), field -> field);
    }

    private final Pages pages;
    private final WorkflowPages workflow;

    DecisionPages(Pages pages, WorkflowPages workflow) {
        this.pages = pages;
        this.workflow = workflow;
    }

    /** The search is a GET form: its answers are the page's query, so a search can be bookmarked and paged through. */
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> log(Authentication person, HttpRequest<?> request) {
        FormData sent = FormData.parse(request.getUri().getRawQuery());
        Map<String, String> answers = new LinkedHashMap<>();
        Stream.of("q", "group", "borough", "status").forEach(name -> answers.put(name, text(sent.first(name))));
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, String> filter = new LinkedHashMap<>(answers);
        for (String date : DATES) {
            for (String part : List.of("day", "month", "year")) {
                answers.put(date + "-" + part, text(sent.first(date + "-" + part)));
            }
            filter.put(date, date(answers, date, own));
        }
        int shown = Math.max(0, parsePage(sent.first("page")));
        Listed<Governance.Decision> found = null;
        FormErrors errors = FormErrors.of(INPUTS, answers, own, null);
        if (own.isEmpty()) {
            Map<String, String> query = new LinkedHashMap<>(filter);
            query.put("page", Integer.toString(shown));
            query.put("size", Integer.toString(PAGE_SIZE));
            WorkflowPages.Outcome outcome = workflow.send(person, "GET", "/internal/decisions" + Shown.query(query), null);
            if (outcome.done()) {
                found = workflow.read(outcome.body(), Listed.of(Governance.Decision.class));
            } else {
                errors = FormErrors.of(INPUTS, answers, own, outcome.problem());
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Decision log", Pages.Section.GOVERNANCE).withErrors(errors.links()));
        model.put("answers", answers);
        model.put("errors", errors.byInput());
        model.put("groups", choices(SeriesPages.GROUPS, answers.get("group")));
        model.put("statuses", choices(STATUSES, answers.get("status")));
        model.put("decisions", found == null ? List.of() : found.items());
        model.put("total", found == null ? 0L : found.total());
        model.put("pagination", Pagination.of(shown, found == null ? 1 : found.pages(), p -> {
            Map<String, String> search = new LinkedHashMap<>(answers);
            search.put("page", Integer.toString(p));
            return "/governance/decisions" + Shown.query(search);
        }));
        return errors.any() ? HttpResponse.badRequest(new ModelAndView<>("governance/decisions", model))
                : HttpResponse.ok(new ModelAndView<>("governance/decisions", model));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> decision(Authentication person, @PathVariable UUID id) {
        Governance.Decision decision = workflow.get(person, "/internal/decisions/" + id, Argument.of(Governance.Decision.class));
        List<SummaryRow> about = new ArrayList<>();
        about.add(new SummaryRow("Decided", Shown.day(decision.decidedOn())));
        about.add(new SummaryRow("Group", Shown.words(decision.group()) + " (" + decision.organisation() + ")"));
        if (decision.rationale() != null) {
            about.add(new SummaryRow("Why", decision.rationale()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Decision of " + Shown.day(decision.decidedOn()), Pages.Section.GOVERNANCE));
        model.put("decision", decision);
        model.put("about", about);
        return new ModelAndView<>("governance/decision", model);
    }

    /** "Any", then each value; the one sent is chosen. */
    private static List<Choice> choices(List<String> values, String chosen) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "Any", chosen.isEmpty()));
        values.forEach(value -> choices.add(new Choice(value, Shown.words(value), value.equals(chosen))));
        return choices;
    }

    private static @Nullable String date(Map<String, String> answers, String name, Map<String, String> own) {
        DateInput typed = DateInput.of(answers, name);
        if (typed.blank()) {
            return null;
        }
        if (typed.date().isEmpty()) {
            own.put(name, "Decided " + name + " must be a real date, like 27 3 2026");
        }
        return typed.date().map(LocalDate::toString).orElse(null);
    }

    private static int parsePage(@Nullable String page) {
        try {
            return page == null ? 0 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(@Nullable String sent) {
        return sent == null ? "" : sent.strip();
    }
}
