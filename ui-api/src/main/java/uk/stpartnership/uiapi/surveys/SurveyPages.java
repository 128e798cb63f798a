package uk.stpartnership.uiapi.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.tasks.TaskFormPage;
import uk.stpartnership.web.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The trainee's survey form (confidence and knowledge 1 to 7; after the course, optional demographics in a details
 * section) and its thanks. workflow-service decides whether the person may answer (a place, the survey open, not
 * answered yet); the form shows its refusals on the inputs they are about. It never shows an answer back.
 */
@Controller("/training/surveys")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveyPages {

    /** A survey open to the person (workflow-service's DueSurvey). */
    @Serdeable
    record Due(String cohortId, String course, String courseName, String phase, LocalDate firstDay, LocalDate lastDay) {

        String days() {
            return firstDay.equals(lastDay) ? DueDates.day(firstDay) : DueDates.day(firstDay) + " to " + DueDates.day(lastDay);
        }
    }

    private final Pages pages;
    private final WorkflowPages workflow;

    SurveyPages(Pages pages, WorkflowPages workflow) {
        this.pages = pages;
        this.workflow = workflow;
    }

    /** The form's address. */
    static String href(String cohortId, String phase) {
        return "/training/surveys/" + cohortId + "/" + ("PRE".equals(phase) ? "before" : "after");
    }

    @Get(value = "/{cohortId}/{when}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(Authentication person, @PathVariable String cohortId, @PathVariable String when) {
        Due due = due(person, cohortId, phase(when));
        return form(person, due, Map.of(), Map.of(), null);
    }

    @Post(value = "/{cohortId}/{when}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> answer(Authentication person, @PathVariable String cohortId, @PathVariable String when, @Body @Nullable String body) {
        String phase = phase(when);
        SurveyQuestions questions = questions(person);
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new HashMap<>();
        Map<String, Object> request = new LinkedHashMap<>();
        for (String score : List.of("confidence", "knowledge")) {
            answers.put(score, sent.text(score));
            request.put(score, FormData.number(answers.get(score)));
        }
        if ("POST".equals(phase)) {
            Map<String, Object> about = new LinkedHashMap<>();
            for (SurveyQuestions.Question question : questions.demographics()) {
                String answer = sent.text(question.name());
                answers.put(question.name(), answer);
                if (!answer.isEmpty()) {
                    about.put(question.name(), answer);
                }
            }
            request.put("demographics", about.isEmpty() ? null : about);
        }
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/surveys/cohorts/" + cohortId + "/" + phase, request);
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/training/surveys/answered"));
        }
        if (outcome.status() == 409) {
            // Sent twice (a double click, the back button) or no longer open: said in words, the form not shown again.
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("surveys/answered", Map.of(
                    "page", pages.of(person, "This survey cannot be answered", Pages.Section.TRAINING),
                    "refusal", outcome.problem() == null ? "This survey cannot be answered now" : outcome.problem().detail())));
        }
        Due due = due(person, cohortId, phase);
        Map<String, String> errors = new LinkedHashMap<>();
        TaskFormPage.errorsOf(outcome.problem()).forEach((field, detail) -> {
            String input = field.startsWith("demographics.") ? field.substring("demographics.".length()) : field;
            errors.putIfAbsent(input, switch (input) {
                case "confidence" -> "Choose how confident you feel, from 1 to 7";
                case "knowledge" -> "Choose how you rate your knowledge, from 1 to 7";
                default -> "Choose one of the answers given, or leave the question out";
            });
        });
        ErrorLink refusal = errors.isEmpty() ? new ErrorLink("#confidence", outcome.problem().detail()) : null;
        return HttpResponse.badRequest(form(person, due, answers, errors, refusal));
    }

    @Get(value = "/answered", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> answered(Authentication person) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Thank you for your answers", Pages.Section.TRAINING));
        model.put("refusal", null);
        return new ModelAndView<>("surveys/answered", model);
    }

    private ModelAndView<Map<String, Object>> form(Authentication person, Due due, Map<String, String> answers, Map<String, String> errors,
                                                   @Nullable ErrorLink refusal) {
        SurveyQuestions questions = questions(person);
        boolean after = "POST".equals(due.phase());
        String title = (after ? "After the course: " : "Before the course: ") + due.courseName();
        List<AskedQuestion> scores = List.of(
                new AskedQuestion("confidence", questions.confidence(), scale(questions.confidenceLowest(), questions.confidenceHighest(),
                        answers.get("confidence")), errors.get("confidence")),
                new AskedQuestion("knowledge", questions.knowledge(), scale(questions.knowledgeLowest(), questions.knowledgeHighest(),
                        answers.get("knowledge")), errors.get("knowledge")));
        List<AskedQuestion> demographics = after ? questions.demographics().stream().map(q -> new AskedQuestion(q.name(), q.label(),
                q.answers().stream().map(o -> new Choice(o.value(), o.label(), o.value().equals(answers.get(q.name())))).toList(),
                errors.get(q.name()))).toList() : List.of();
        List<ErrorLink> links = new ArrayList<>();
        if (refusal != null) {
            links.add(refusal);
        }
        scores.stream().filter(a -> a.error() != null).forEach(a -> links.add(new ErrorLink("#" + a.name(), a.error())));
        demographics.stream().filter(a -> a.error() != null).forEach(a -> links.add(new ErrorLink("#" + a.name(), a.error())));
        Page page = pages.of(person, title, Pages.Section.TRAINING);
        Map<String, Object> model = new HashMap<>();
        model.put("page", links.isEmpty() ? page : page.withErrors(links));
        model.put("title", title);
        model.put("days", due.days());
        model.put("action", href(due.cohortId(), due.phase()));
        model.put("scores", scores);
        model.put("demographics", demographics);
        model.put("demographicsOpen", demographics.stream().anyMatch(a -> a.error() != null));
        return new ModelAndView<>("surveys/form", model);
    }

    private static List<Choice> scale(String lowest, String highest, @Nullable String chosen) {
        return IntStream.rangeClosed(1, 7).mapToObj(Integer::toString)
                .map(n -> new Choice(n, n.equals("1") ? "1 (" + lowest + ")" : n.equals("7") ? "7 (" + highest + ")" : n, n.equals(chosen)))
                .toList();
    }

    /** The survey, if it is open to the person: else the 404 page, as for a record they may not see. */
    private Due due(Authentication person, String cohortId, String phase) {
        return workflow.get(person, "/internal/surveys/due?size=100", Argument.listOf(Due.class)).stream()
                .filter(d -> d.cohortId().equals(cohortId) && d.phase().equals(phase)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Survey"));
    }

    private SurveyQuestions questions(Authentication person) {
        return workflow.get(person, "/internal/surveys/questions", Argument.of(SurveyQuestions.class));
    }

    private static String phase(String when) {
        return switch (when) {
            case "before" -> "PRE";
            case "after" -> "POST";
            default -> throw ProblemException.notFound("Survey");
        };
    }
}
