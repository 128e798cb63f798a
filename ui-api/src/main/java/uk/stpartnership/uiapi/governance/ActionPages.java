package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.tasks.InboxEntry;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Actions agreed at meetings: the person's own, their borough's, the overdue ones (workflow-service shows only those they
 * may see); one action with its history, the owner's task to mark it done, and a new due date with a reason.
 */
@Controller("/governance/actions")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ActionPages {

    private static final int PAGE_SIZE = 20;
    private static final int TASKS_LOOKED_AT = 100;
    private static final String DUE_DATE = "dueDate";
    private static final List<String> STATUSES = List.of("OPEN", "DONE");
    private static final FormErrors.Inputs INPUTS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        words.put(DUE_DATE, "the new due date");
        words.put("reason", "why it changes");
        INPUTS = new FormErrors.Inputs(words, Set.of(DUE_DATE), Set.of(), field -> field);
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;

    ActionPages(Pages pages, WorkflowPages workflow, TokenClaims claims) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication person, @QueryValue(defaultValue = "mine") String show,
                                           @QueryValue(defaultValue = "") String status, @Nullable @QueryValue String borough,
                                           @Nullable @QueryValue String owner, @QueryValue(defaultValue = "0") int page) {
        SignedInPerson me = claims.signedIn(person);
        Map<String, String> filter = new LinkedHashMap<>();
        switch (show) {
            case "borough" -> filter.put("borough", me.organisation());
            case "overdue" -> {
                filter.put("overdue", "true");
                filter.put("borough", borough);
                filter.put("owner", owner);
            }
            case "all" -> { }
            default -> filter.put("owner", me.id());
        }
        String state = STATUSES.contains(status) ? status : "";
        filter.put("status", state);
        int shown = Math.max(0, page);
        Map<String, String> query = new LinkedHashMap<>(filter);
        query.put("page", Integer.toString(shown));
        query.put("size", Integer.toString(PAGE_SIZE));
        Listed<Governance.Action> actions = workflow.get(person, "/internal/actions" + Shown.query(query),
                Listed.of(Governance.Action.class));
        List<Rows.View> views = List.of(new Rows.View("Yours", href("mine", state, null, null, 0), show.equals("mine")),
                new Rows.View("Your borough's", href("borough", state, null, null, 0), show.equals("borough")),
                new Rows.View("Overdue", href("overdue", "", null, null, 0), show.equals("overdue")),
                new Rows.View("All you can see", href("all", state, null, null, 0), show.equals("all")));
        // Overdue actions are open ones: no status to choose among them.
        List<Rows.View> states = show.equals("overdue") ? List.of() : List.of(
                new Rows.View("Open", href(show, "OPEN", null, null, 0), state.equals("OPEN")),
                new Rows.View("Done", href(show, "DONE", null, null, 0), state.equals("DONE")),
                new Rows.View("Open or done", href(show, "", null, null, 0), state.isEmpty()));
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Actions", Pages.Section.GOVERNANCE));
        model.put("views", views);
        model.put("actions", actions.items());
        model.put("total", actions.total());
        model.put("states", states);
        model.put("pagination", Pagination.of(shown, actions.pages(), p -> show.equals("overdue") ? href(show, "", borough, owner, p)
                : href(show, state, null, null, p)));
        return new ModelAndView<>("governance/actions", model);
    }

    private static String href(String show, String status, @Nullable String borough, @Nullable String owner, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("show", show);
        query.put("status", status);
        query.put("borough", borough);
        query.put("owner", owner);
        query.put("page", page == 0 ? null : Integer.toString(page));
        return "/governance/actions" + Shown.query(query);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> action(Authentication person, @PathVariable UUID id, @QueryValue(defaultValue = "false") boolean changed) {
        return page(person, id, Map.of(), new FormErrors(Map.of(), List.of()), changed);
    }

    @Post(value = "/{id}/due-date", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeDueDate(Authentication person, @PathVariable UUID id, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new HashMap<>();
        answers.put("reason", sent.first("reason") == null ? "" : sent.first("reason").strip());
        for (String part : List.of("day", "month", "year")) {
            answers.put(DUE_DATE + "-" + part, sent.first(DUE_DATE + "-" + part) == null ? "" : sent.first(DUE_DATE + "-" + part).strip());
        }
        Map<String, String> own = new LinkedHashMap<>();
        String dueDate = null;
        DateInput typed = DateInput.of(answers, DUE_DATE);
        if (!typed.blank()) {
            dueDate = typed.date().map(LocalDate::toString).orElse(null);
            if (dueDate == null) {
                own.put(DUE_DATE, "The new due date must be a real date, like 27 3 2027");
            }
        }
        answers.put(DUE_DATE, dueDate == null ? "" : dueDate);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(DUE_DATE, dueDate);
        change.put("reason", answers.get("reason"));
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/actions/" + id + "/due-date", change);
        if (outcome.done() && own.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/governance/actions/" + id + "?changed=true"));
        }
        return HttpResponse.badRequest(page(person, id, answers, FormErrors.of(INPUTS, answers, own, outcome.problem()), false));
    }

    private ModelAndView<Map<String, Object>> page(Authentication person, UUID id, Map<String, String> answers, FormErrors errors, boolean changed) {
        Governance.Action action = workflow.get(person, "/internal/actions/" + id, Argument.of(Governance.Action.class));
        SignedInPerson me = claims.signedIn(person);
        List<SummaryRow> about = new ArrayList<>();
        about.add(new SummaryRow("Owner", action.owner()));
        about.add(new SummaryRow("Borough", action.borough()));
        about.add(new SummaryRow("Due", Shown.day(action.dueDate())));
        if (action.doneAt() != null) {
            about.add(new SummaryRow("Done", Shown.at(action.doneAt()) + (action.doneNote() == null ? "" : ": " + action.doneNote())));
        }
        boolean open = "OPEN".equals(action.status());
        // What workflow-service allows (the owner, a project manager, the borough's lead): only to offer the form.
        boolean mayChange = open && (me.id().equals(action.owner()) || me.roles().contains("PROJECT_MANAGER")
                || me.roles().contains("BOROUGH_LEAD") && me.organisation().equals(action.borough()));
        Page page = pages.of(person, action.title(), Pages.Section.GOVERNANCE).withErrors(errors.links());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("action", action);
        model.put("about", about);
        model.put("history", action.history() == null ? List.of() : action.history().stream().map(h -> List.of(Shown.at(h.at()),
                Shown.words(h.event()) + (h.newDueDate() == null ? "" : ": " + Shown.day(h.oldDueDate()) + " to " + Shown.day(h.newDueDate())),
                h.by(), h.note() == null ? "" : h.note())).toList());
        model.put("task", open ? taskOf(person, id) : null);
        model.put("mayChange", mayChange);
        model.put("answers", answers);
        model.put("errors", errors.byInput());
        model.put("changed", changed);
        return new ModelAndView<>("governance/action", model);
    }

    /** The person's task to complete the action, if they have it (its business reference is the action's id). */
    private @Nullable String taskOf(Authentication person, UUID actionId) {
        InboxEntry.MyTasks mine = workflow.get(person, "/internal/tasks?page=0&size=" + TASKS_LOOKED_AT, Argument.of(InboxEntry.MyTasks.class));
        return mine.items().stream().filter(task -> actionId.toString().equals(task.businessReference())).map(InboxEntry::key)
                .findFirst().orElse(null);
    }
}
