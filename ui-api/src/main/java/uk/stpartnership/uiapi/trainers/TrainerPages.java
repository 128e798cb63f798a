package uk.stpartnership.uiapi.trainers;

import io.micronaut.context.annotation.Value;
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
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Pagination;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;
import uk.stpartnership.uiapi.signin.SignedInPerson;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.tasks.FormInput;
import uk.stpartnership.uiapi.tasks.InboxEntry.FormField;
import uk.stpartnership.uiapi.tasks.TaskFormPage;
import uk.stpartnership.web.Problem;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accredited trainers: the list with where each accreditation stands, one trainer, recording an accreditation and
 * renewing one. workflow-service shows only what the person may see and refuses what they may not do; the forms are
 * offered only to those who may send them. The forms are drawn and read back as a task's are (TaskFormPage).
 */
@Controller("/training/trainers")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainerPages {

    private static final int PAGE_SIZE = 20;
    private static final List<FormField> RECORD = List.of(
            new FormField("trainerId", "The trainer's username", "TEXT", true, null, null, 200, false, 0, null),
            new FormField("accreditedOn", "Date they were accredited", "DATE", true, null, null, 0, false, 0, null));
    private static final List<FormField> RENEW = List.of(
            new FormField("accreditedOn", "Date it was renewed", "DATE", true, null, null, 0, false, 0, null));

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;
    private final String deliveryPartner;

    TrainerPages(Pages pages, WorkflowPages workflow, TokenClaims claims, @Value("${platform.delivery-partner:respect}") String deliveryPartner) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
        this.deliveryPartner = deliveryPartner;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication person, @QueryValue(defaultValue = "0") int page) {
        int shown = Math.max(0, page);
        Listed<Trainer> trainers = workflow.get(person, "/internal/trainers?page=" + shown + "&size=" + PAGE_SIZE, Listed.of(Trainer.class));
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Accredited trainers", Pages.Section.TRAINING));
        model.put("trainers", trainers.items());
        model.put("total", trainers.total());
        model.put("mayRecord", mayRecord(person));
        model.put("pagination", Pagination.of(shown, trainers.pages(), p -> "/training/trainers" + (p == 0 ? "" : "?page=" + p)));
        return new ModelAndView<>("trainers/list", model);
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> recordForm(Authentication person) {
        return form(person, null, FormData.parse(null), null);
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> record(Authentication person, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/trainers", TaskFormPage.answers(RECORD, sent));
        if (outcome.done()) {
            Trainer recorded = workflow.read(outcome.body(), Argument.of(Trainer.class));
            return HttpResponse.seeOther(URI.create("/training/trainers/" + recorded.id() + "?done=recorded"));
        }
        return HttpResponse.badRequest(form(person, null, sent, outcome.problem()));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> trainer(Authentication person, @PathVariable UUID id, @Nullable @QueryValue String done) {
        Trainer trainer = workflow.get(person, "/internal/trainers/" + id, Argument.of(Trainer.class));
        List<SummaryRow> about = List.of(
                new SummaryRow("Accredited on", trainer.day(trainer.accreditedOn())),
                new SummaryRow("Lapses unless renewed", trainer.day(trainer.lapsesOn())),
                new SummaryRow("Lapses unless a cohort is delivered", trainer.day(trainer.lapsesUndeliveredOn())),
                new SummaryRow("Last cohort delivered", trainer.day(trainer.lastDeliveredOn())),
                new SummaryRow("Cohorts delivered", Long.toString(trainer.cohortsDelivered())),
                new SummaryRow("Recorded or last renewed by", trainer.recordedBy()));
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, trainer.trainerId(), Pages.Section.TRAINING));
        model.put("trainer", trainer);
        model.put("about", about);
        model.put("mayRenew", mayRecord(person));
        model.put("done", done == null ? "" : done);
        return new ModelAndView<>("trainers/trainer", model);
    }

    @Get(value = "/{id}/renewal", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> renewForm(Authentication person, @PathVariable UUID id) {
        return form(person, workflow.get(person, "/internal/trainers/" + id, Argument.of(Trainer.class)), FormData.parse(null), null);
    }

    @Post(value = "/{id}/renewal", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> renew(Authentication person, @PathVariable UUID id, @Body @Nullable String body) {
        FormData sent = FormData.parse(body);
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/trainers/" + id + "/renewal", TaskFormPage.answers(RENEW, sent));
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/training/trainers/" + id + "?done=renewed"));
        }
        return HttpResponse.badRequest(form(person, workflow.get(person, "/internal/trainers/" + id, Argument.of(Trainer.class)), sent,
                outcome.problem()));
    }

    /** Recording (no trainer yet) or renewing a trainer's accreditation. */
    private ModelAndView<Map<String, Object>> form(Authentication person, @Nullable Trainer trainer, FormData sent, @Nullable Problem problem) {
        Map<String, String> errors = TaskFormPage.errorsOf(problem);
        List<FormInput> inputs = TaskFormPage.inputs(trainer == null ? RECORD : RENEW, sent, errors);
        Page page = pages.of(person, trainer == null ? "Record a trainer's accreditation" : "Renew the accreditation of " + trainer.trainerId(),
                Pages.Section.TRAINING);
        if (problem != null) {
            page = page.withErrors(TaskFormPage.errorLinks(inputs, errors, problem, "accreditation-form"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("trainer", trainer);
        model.put("inputs", inputs);
        model.put("action", trainer == null ? "/training/trainers/new" : "/training/trainers/" + trainer.id() + "/renewal");
        return new ModelAndView<>("trainers/form", model);
    }

    /** What workflow-service allows (project managers, the delivery partner's implementation leads): only to offer the forms. */
    private boolean mayRecord(Authentication person) {
        SignedInPerson me = claims.signedIn(person);
        return me.roles().contains("PROJECT_MANAGER") || me.roles().contains("IMPLEMENTATION_LEAD") && me.organisation().equals(deliveryPartner);
    }
}
