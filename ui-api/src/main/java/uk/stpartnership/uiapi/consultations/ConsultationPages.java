package uk.stpartnership.uiapi.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A practitioner or champion asks for a case consultation (workflow-service decides who may). */
@Controller("/consultations")
@Hidden
@Secured({"PRACTITIONER", "CHAMPION"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsultationPages {

    /** The request's fields, in the order the page asks them, with the words the error summary uses. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("caseReference", "the case reference");
        FIELDS.put("practitionerRole", "your role");
        FIELDS.put("helpWanted", "what you would like help with");
    }

    @Serdeable
    record Requested(String caseReference) {
    }

    private final Pages pages;
    private final WorkflowPages workflow;

    ConsultationPages(Pages pages, WorkflowPages workflow) {
        this.pages = pages;
        this.workflow = workflow;
    }

    @Get(value = "/request", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(Authentication person) {
        return page(pages.of(person, "Request a case consultation", Pages.Section.CONSULTATIONS), Map.of(), Map.of());
    }

    @Post(value = "/request", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> request(Authentication person, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        Map<String, String> answers = new LinkedHashMap<>();
        FIELDS.keySet().forEach(name -> answers.put(name, sent.first(name) == null ? "" : sent.first(name).strip()));
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/consultations", answers);
        if (outcome.done()) {
            Requested requested = workflow.read(outcome.body(), Argument.of(Requested.class));
            return HttpResponse.seeOther(URI.create("/consultations/requested?case=" + URLEncoder.encode(requested.caseReference(), StandardCharsets.UTF_8)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome.problem() != null && outcome.problem().errors() != null) {
            // A blank answer fails every check on it; the page asks for it once.
            outcome.problem().errors().forEach(error -> errors.putIfAbsent(error.field(),
                    answers.getOrDefault(error.field(), "").isEmpty() ? "Enter " + FIELDS.getOrDefault(error.field(), error.field())
                            : capitalised(FIELDS.getOrDefault(error.field(), error.field())) + " " + error.detail()));
        }
        List<ErrorLink> links = new ArrayList<>();
        FIELDS.keySet().stream().filter(errors::containsKey).forEach(name -> links.add(new ErrorLink("#" + name, errors.get(name))));
        if (links.isEmpty() && outcome.problem() != null) {
            links.add(new ErrorLink("#caseReference", outcome.problem().detail()));
        }
        Page page = pages.of(person, "Request a case consultation", Pages.Section.CONSULTATIONS).withErrors(links);
        return HttpResponse.badRequest(page(page, answers, errors));
    }

    @Get(value = "/requested", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> requested(Authentication person, @QueryValue("case") String caseReference) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Case consultation requested", Pages.Section.CONSULTATIONS));
        model.put("caseReference", caseReference);
        return new ModelAndView<>("consultations/requested", model);
    }

    private static ModelAndView<Map<String, Object>> page(Page page, Map<String, String> answers, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("answers", answers);
        model.put("errors", errors);
        return new ModelAndView<>("consultations/request", model);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
