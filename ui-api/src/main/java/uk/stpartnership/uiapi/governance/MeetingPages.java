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
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.tasks.InboxEntry;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting: its agenda (a member adds an item while it is open), then who attended, its outcomes and its minutes'
 * state. Recording, finalising and approving are the chair's tasks, on the task pages: the meeting links to those the
 * person has.
 */
@Controller("/governance/meetings")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeetingPages {

    private static final List<String> PURPOSES = List.of("INFORMATION", "DISCUSSION", "DECISION");
    /** The inbox is read a page at a time; a person's tasks for one meeting are among their first hundred open ones. */
    private static final int TASKS_LOOKED_AT = 100;
    private static final FormErrors.Inputs INPUTS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("title", "the item's title");
        words.put("purpose", "what the item is for");
        words.put("owner", "who presents it");
        words.put("papers", "the papers");
        INPUTS = new FormErrors.Inputs(words, Set.of(), Set.of("purpose"), field -> field.startsWith("papers") ? "papers" : field);
    }

    private final Pages pages;
    private final WorkflowPages workflow;

    MeetingPages(Pages pages, WorkflowPages workflow) {
        this.pages = pages;
        this.workflow = workflow;
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> meeting(Authentication person, @PathVariable UUID id, @QueryValue(defaultValue = "false") boolean added) {
        return page(person, id, Map.of("purpose", ""), new FormErrors(Map.of(), List.of()), added);
    }

    @Post(value = "/{id}/agenda-items", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addItem(Authentication person, @PathVariable UUID id, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new HashMap<>();
        INPUTS.words().keySet().forEach(name -> answers.put(name, sent.first(name) == null ? "" : sent.first(name).strip()));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", answers.get("title"));
        item.put("purpose", answers.get("purpose").isEmpty() ? null : answers.get("purpose"));
        item.put("owner", answers.get("owner").isEmpty() ? null : answers.get("owner"));
        item.put("papers", answers.get("papers").lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/meetings/" + id + "/agenda-items", item);
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/governance/meetings/" + id + "?added=true"));
        }
        return HttpResponse.badRequest(page(person, id, answers, FormErrors.of(INPUTS, answers, Map.of(), outcome.problem()), false));
    }

    private ModelAndView<Map<String, Object>> page(Authentication person, UUID id, Map<String, String> answers, FormErrors errors, boolean added) {
        Governance.Meeting meeting = workflow.get(person, "/internal/meetings/" + id, Argument.of(Governance.Meeting.class));
        List<SummaryRow> about = new ArrayList<>();
        about.add(new SummaryRow("When", Shown.at(meeting.scheduledAt())));
        about.add(new SummaryRow("Where", meeting.location()));
        about.add(new SummaryRow("Chair", meeting.chair()));
        about.add(new SummaryRow("Agenda", meeting.agendaOpen() ? "Open for items until " + Shown.at(meeting.agendaClosesAt()) : "Closed"));
        about.add(new SummaryRow("Minutes", Shown.minutes(meeting.status(), meeting.minutes() == null ? null : meeting.minutes().approvedAt())));
        Map<String, String> itemTitles = meeting.agendaItems().stream().collect(Collectors.toMap(Governance.AgendaItem::id, Governance.AgendaItem::title));
        List<Rows.OutcomeRow> outcomes = meeting.minutes() == null ? List.of() : meeting.minutes().outcomes().stream()
                .map(o -> new Rows.OutcomeRow(itemTitles.getOrDefault(o.agendaItemId(), ""), Shown.words(o.type()), o.wording(), o.rationale(),
                        o.decisionId(), o.actions())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, meeting.title() + ", " + Shown.day(meeting.date()), Pages.Section.GOVERNANCE).withErrors(errors.links()));
        model.put("meeting", meeting);
        model.put("about", about);
        model.put("outcomes", outcomes);
        model.put("tasks", tasksFor(person, id));
        model.put("answers", answers);
        model.put("errors", errors.byInput());
        model.put("purposes", PURPOSES.stream().map(p -> new Choice(p, Shown.words(p), p.equals(answers.get("purpose")))).toList());
        model.put("added", added);
        return new ModelAndView<>("governance/meeting", model);
    }

    private List<Rows.TaskLink> tasksFor(Authentication person, UUID meetingId) {
        InboxEntry.MyTasks mine = workflow.get(person, "/internal/tasks?page=0&size=" + TASKS_LOOKED_AT, Argument.of(InboxEntry.MyTasks.class));
        Function<InboxEntry, Object> meetingOf = task -> task.context() == null ? null : task.context().get("meetingId");
        return mine.items().stream().filter(task -> meetingId.toString().equals(meetingOf.apply(task)))
                .map(task -> new Rows.TaskLink(task.key(), task.title())).toList();
    }
}
