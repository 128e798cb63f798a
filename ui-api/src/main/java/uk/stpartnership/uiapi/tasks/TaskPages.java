package uk.stpartnership.uiapi.tasks;

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
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.web.Problem;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "Your tasks" (the home page) and a task's own page with its form, over workflow-service's inbox. */
@Controller
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskPages {

    private static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final DueDates dates;
    private final List<TaskKindPage> kindPages;

    TaskPages(Pages pages, WorkflowPages workflow, TokenClaims claims, DueDates dates, List<TaskKindPage> kindPages) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.dates = dates;
        this.kindPages = kindPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> yourTasks(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        InboxEntry.MyTasks tasks = workflow.get(person, "/internal/tasks?page=" + shown + "&size=" + PAGE_SIZE, Argument.of(InboxEntry.MyTasks.class));
        SignedInPerson me = claims.signedIn(person);
        LocalDate endOfWeek = dates.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<String, List<TaskRow>> groups = new LinkedHashMap<>();
        groups.put("Overdue", new ArrayList<>());
        groups.put("Due this week", new ArrayList<>());
        groups.put("Later", new ArrayList<>());
        for (InboxEntry task : tasks.items()) {
            LocalDate due = DueDates.dayOf(task.dueAt());
            String heading = task.overdue() ? "Overdue" : due != null && !due.isAfter(endOfWeek) ? "Due this week" : "Later";
            groups.get(heading).add(row(task, due, me));
        }
        int pageCount = (int) Math.max(1, (tasks.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        String total = tasks.total() + (tasks.moreThanTotal() ? "+" : "");
        model.put("page", pages.of(person, "Your tasks", Pages.Section.TASKS, total));
        model.put("groups", groups.entrySet().stream().filter(g -> !g.getValue().isEmpty()).map(g -> new TaskRow.Group(g.getKey(), g.getValue())).toList());
        model.put("total", total);
        model.put("pagination", Pagination.of(shown, pageCount, p -> "/?page=" + p));
        model.put("roles", me.roles());
        return new ModelAndView<>("tasks/your-tasks", model);
    }

    @Get(value = "/tasks/{key}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> task(Authentication person, @PathVariable long key) {
        return taskPage(person, view(person, key), FormData.parse(null), null);
    }

    /** Sends the form; or, when "Add another" was pressed, draws it again with one more entry in that list. */
    @Post(value = "/tasks/{key}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> complete(Authentication person, @PathVariable long key, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        InboxEntry task = view(person, key);
        if (sent.first(TaskFormPage.ADD_ANOTHER) != null) {
            return HttpResponse.ok(taskPage(person, task, sent, null));
        }
        Map<String, Object> answers = TaskFormPage.answers(fields(task), sent);
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/tasks/" + key + "/complete", answers);
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/tasks/" + key + "/done"));
        }
        return HttpResponse.badRequest(taskPage(person, task, sent, outcome.problem()));
    }

    @Get(value = "/tasks/{key}/done", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> done(Authentication person, @PathVariable long key) {
        InboxEntry task = view(person, key);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Task complete", Pages.Section.TASKS));
        model.put("task", task);
        return new ModelAndView<>("tasks/done", model);
    }

    @Post(value = "/tasks/{key}/claim", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> claim(Authentication person, @PathVariable long key, @Body @Nullable String body) {
        return holdOrHandBack(person, key, "claim", FormData.parse(body));
    }

    @Post(value = "/tasks/{key}/unclaim", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unclaim(Authentication person, @PathVariable long key, @Body @Nullable String body) {
        return holdOrHandBack(person, key, "unclaim", FormData.parse(body));
    }

    private HttpResponse<?> holdOrHandBack(Authentication person, long key, String change, FormData sent) {
        workflow.send(person, "POST", "/internal/tasks/" + key + "/" + change, null);
        return HttpResponse.seeOther(URI.create("list".equals(sent.first("from")) ? "/" : "/tasks/" + key));
    }

    /** The task as the person has just been shown it: read once per request, since each read is audited. */
    private ModelAndView<Map<String, Object>> taskPage(Authentication person, InboxEntry task, FormData sent, @Nullable Problem problem) {
        SignedInPerson me = claims.signedIn(person);
        Optional<TaskKindPage> kindPage = kindPages.stream().filter(p -> p.draws(task.kind())).findFirst();
        Map<String, String> errors = TaskFormPage.errorsOf(problem);
        List<FormInput> inputs = TaskFormPage.inputs(fields(task), sent, errors);
        Optional<TaskKindPage.OwnForm> own = kindPage.flatMap(p -> p.form(task, sent, errors));
        Page page = pages.of(person, task.title(), Pages.Section.TASKS);
        if (problem != null) {
            List<ErrorLink> links = own.map(TaskKindPage.OwnForm::errors).orElse(List.of());
            page = page.withErrors(links.isEmpty() ? TaskFormPage.errorLinks(inputs, errors, problem, "task-form") : links);
        }
        LocalDate due = DueDates.dayOf(task.dueAt());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("task", task);
        model.put("row", row(task, due, me));
        model.put("about", about(task, due, kindPage));
        model.put("inputs", inputs);
        model.put("canComplete", task.open() && (task.assignee() == null || task.assignee().equals(me.id())));
        own.ifPresent(form -> model.putAll(form.model()));
        return new ModelAndView<>(own.map(TaskKindPage.OwnForm::template).orElse("tasks/task"), model);
    }

    private InboxEntry view(Authentication person, long key) {
        return workflow.get(person, "/internal/tasks/" + key, Argument.of(InboxEntry.class));
    }

    private static List<InboxEntry.FormField> fields(InboxEntry task) {
        return task.form() == null ? List.of() : task.form();
    }

    private TaskRow row(InboxEntry task, @Nullable LocalDate due, SignedInPerson me) {
        DueDates.Due shown = due == null ? new DueDates.Due("No due date", null) : dates.due(due, task.overdue());
        boolean mine = me.id().equals(task.assignee());
        String holder = task.assignee() == null ? "Not claimed" : mine ? "You" : task.assignee();
        return new TaskRow(task.key(), task.title(), task.businessReference() == null ? "" : task.businessReference(), shown.text(), shown.tag(),
                holder, task.open() && task.assignee() == null, task.open() && mine);
    }

    /** What the task is about: its reference, borough and due date, then the context its process gives it (in its feature's words, if it draws its kind). */
    private List<SummaryRow> about(InboxEntry task, @Nullable LocalDate due, Optional<TaskKindPage> kindPage) {
        List<SummaryRow> rows = new ArrayList<>();
        if (task.businessReference() != null) {
            rows.add(new SummaryRow("Reference", task.businessReference()));
        }
        rows.add(new SummaryRow("Borough", TaskFormPage.words(task.borough())));
        rows.add(new SummaryRow("Due", due == null ? "No due date" : DueDates.day(due) + (task.overdue() ? " (overdue)" : "")));
        rows.add(new SummaryRow("Held by", task.assignee() == null ? "Not claimed yet" : task.assignee()));
        if (kindPage.isPresent()) {
            rows.addAll(kindPage.get().about(task));
        } else if (task.context() != null) {
            task.context().forEach((name, value) -> {
                // Shown above already (the due date, the reference), or only the process's own keys (…Id).
                boolean shown = name.equals("dueDate") || name.endsWith("Id") || String.valueOf(value).equals(task.businessReference());
                if (value != null && !shown && !(value instanceof Map<?, ?>)) {
                    rows.add(new SummaryRow(words(name), value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value)));
                }
            });
        }
        return rows;
    }

    /** A context variable's name as words: "helpWanted" as "Help wanted". */
    private static String words(String camelCase) {
        return TaskFormPage.words(camelCase.replaceAll("([a-z])([A-Z])", "$1 $2"));
    }
}
