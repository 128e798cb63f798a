package uk.stpartnership.uiapi.training;

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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.DateInput;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.pages.govuk.Tag;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.tasks.TaskFormPage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's training record (each pathway's courses and when they were done), and recording an e-learning course
 * someone completed: their implementation lead's or the delivery partner's. workflow-service decides who may (its 404
 * is the page's; a refusal shows on the form).
 */
@Controller("/training")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainingRecordPages {

    private static final Map<String, String> PATHWAY_NAMES = Map.of("CHAMPION", "Champion pathway", "SUPERVISOR", "Supervisor pathway",
            "PRACTITIONER", "Practitioner pathway");

    @Serdeable
    record TrainingRecord(String personId, List<PathwayProgress> pathways) {
    }

    @Serdeable
    record PathwayProgress(String pathway, boolean complete, List<CourseDone> courses) {
    }

    @Serdeable
    record CourseDone(String course, String name, @Nullable LocalDate completedOn) {
    }

    private final Pages pages;
    private final WorkflowPages workflow;
    private final PeopleDirectory directory;

    TrainingRecordPages(Pages pages, WorkflowPages workflow, PeopleDirectory directory) {
        this.pages = pages;
        this.workflow = workflow;
        this.directory = directory;
    }

    @Get(value = "/people/{personId}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> record(Authentication person, @PathVariable String personId,
                                             @QueryValue(defaultValue = "false") boolean recorded) {
        TrainingRecord record = workflow.get(person, "/internal/training/people/" + encode(personId) + "/record",
                Argument.of(TrainingRecord.class));
        String name = directory.displayNames(List.of(record.personId())).get(record.personId());
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Training record: " + name, Pages.Section.TRAINING));
        model.put("name", name);
        model.put("recorded", recorded);
        model.put("pathways", record.pathways().stream().map(p -> new PathwayShown(PATHWAY_NAMES.getOrDefault(p.pathway(), p.pathway()),
                p.complete() ? new Tag("Complete", "green") : new Tag("Not complete", "grey"),
                p.courses().stream().map(c -> List.of(c.name(), c.completedOn() == null ? "Not yet" : DueDates.day(c.completedOn()))).toList()))
                .toList());
        return new ModelAndView<>("training/record", model);
    }

    @Get(value = "/completions/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> completionForm(Authentication person) {
        return completionPage(person, Map.of(), Map.of());
    }

    @Post(value = "/completions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> recordCompletion(Authentication person, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new HashMap<>();
        for (String input : List.of("personId", "course", "completedOn-day", "completedOn-month", "completedOn-year")) {
            String value = sent.first(input);
            answers.put(input, value == null ? "" : value.strip());
        }
        DateInput completedOn = DateInput.of(answers, "completedOn");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!completedOn.blank() && completedOn.date().isEmpty()) {
            errors.put("completedOn", "The day they completed it must be a real date, like 27 3 2027");
        }
        Map<String, Object> completion = new HashMap<>();
        completion.put("personId", answers.get("personId").isEmpty() ? null : answers.get("personId"));
        completion.put("course", answers.get("course").isEmpty() ? null : answers.get("course"));
        completion.put("completedOn", completedOn.date().map(LocalDate::toString).orElse(null));
        if (errors.isEmpty()) {
            WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/training/completions", completion);
            if (outcome.done()) {
                return HttpResponse.seeOther(URI.create("/training/people/" + encode(answers.get("personId")) + "?recorded=true"));
            }
            TaskFormPage.errorsOf(outcome.problem()).forEach((input, detail) -> errors.put(input, switch (input) {
                case "personId" -> answers.get("personId").isEmpty() ? "Enter the person's username" : "The person " + detail;
                case "course" -> answers.get("course").isEmpty() ? "Select the course" : "The course " + detail;
                case "completedOn" -> completedOn.blank() ? "Enter the day they completed it" : "The day they completed it " + detail;
                default -> detail;
            }));
            if (errors.isEmpty() && outcome.problem() != null) {
                // A refusal of who may record it (not the person's lead) is about the person named.
                errors.put("personId", outcome.problem().detail());
            }
        }
        return HttpResponse.badRequest(completionPage(person, answers, errors));
    }

    private ModelAndView<Map<String, Object>> completionPage(Authentication person, Map<String, String> answers, Map<String, String> errors) {
        List<TrainingPages.Course> courses = workflow.get(person, "/internal/training/courses", Argument.listOf(TrainingPages.Course.class));
        Page page = pages.of(person, "Record e-learning completed", Pages.Section.TRAINING);
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((input, text) -> links.add(new ErrorLink(switch (input) {
            case "completedOn" -> "#completedOn-day";
            case "course" -> "#course";
            default -> "#personId";
        }, text)));
        Map<String, Object> model = new HashMap<>();
        model.put("page", links.isEmpty() ? page : page.withErrors(links));
        model.put("courses", courses.stream().filter(c -> "E_LEARNING".equals(c.delivery()))
                .map(c -> new Choice(c.code(), c.name(), c.code().equals(answers.get("course")))).toList());
        model.put("answers", answers);
        model.put("errors", errors);
        return new ModelAndView<>("training/completion-form", model);
    }

    private static String encode(String personId) {
        return URLEncoder.encode(personId, StandardCharsets.UTF_8);
    }
}
