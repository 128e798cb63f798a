package uk.stpartnership.uiapi.audits;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.governance.Governance;
import uk.stpartnership.uiapi.pages.DueDates;
import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.Listed;
import uk.stpartnership.uiapi.pages.Page;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Choice;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.signin.TokenClaims;
import uk.stpartnership.uiapi.tasks.TaskFormPage;
import uk.stpartnership.web.ProblemException;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A project manager cancels the follow-up a baseline promised, by the steering group's decision: the page offers the
 * steering group's decisions of the log, newest first; workflow-service checks the decision and the follow-up's state.
 */
@Controller("/audits/rounds/{id}/follow-up/cancellation")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FollowUpCancellationPages {

    /** The steering group's decisions offered, newest first: a cancellation follows a recent meeting. */
    private static final int DECISIONS_OFFERED = 30;
    private static final Set<String> OPEN = Set.of("PROMISED", "MISSED");

    private final Pages pages;
    private final WorkflowPages workflow;
    private final TokenClaims claims;

    FollowUpCancellationPages(Pages pages, WorkflowPages workflow, TokenClaims claims) {
        this.pages = pages;
        this.workflow = workflow;
        this.claims = claims;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(Authentication person, @PathVariable UUID id) {
        return page(person, round(person, id), null, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(Authentication person, @PathVariable UUID id, @Body @Nullable String body) {
        CaseAudits.Round round = round(person, id);
        String decision = FormData.parse(body).text("decisionId");
        if (decision.isEmpty()) {
            return HttpResponse.badRequest(page(person, round, null, "Select the steering group's decision to cancel the follow-up"));
        }
        WorkflowPages.Outcome outcome = workflow.send(person, "POST", "/internal/audits/rounds/" + id + "/follow-up/cancellation",
                Map.of("decisionId", decision));
        if (outcome.done()) {
            return HttpResponse.seeOther(URI.create("/audits/rounds/" + id));
        }
        String detail = TaskFormPage.errorsOf(outcome.problem()).get("decisionId");
        return HttpResponse.badRequest(page(person, round, decision, detail == null ? outcome.problem().detail() : "The decision " + detail));
    }

    /** The round, if the person may cancel its follow-up: a project manager, while it is promised or missed. */
    private CaseAudits.Round round(Authentication person, UUID id) {
        CaseAudits.Round round = workflow.get(person, "/internal/audits/rounds/" + id, Argument.of(CaseAudits.Round.class));
        if (round.followUp() == null) {
            throw ProblemException.notFound("Follow-up");
        }
        if (!claims.signedIn(person).roles().contains("PROJECT_MANAGER")) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only project managers cancel a follow-up, by the steering group's decision");
        }
        return round;
    }

    private ModelAndView<Map<String, Object>> page(Authentication person, CaseAudits.Round round, @Nullable String chosen,
                                                   @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        Page page = pages.of(person, "Cancel the follow-up of " + round.reference(), Pages.Section.AUDITS);
        model.put("page", error == null ? page : page.withErrors(List.of(new ErrorLink("#decisionId", error))));
        model.put("round", round);
        boolean open = OPEN.contains(round.followUp().status());
        model.put("open", open);
        List<Choice> decisions = open ? workflow.get(person, "/internal/decisions?group=STEERING&page=0&size=" + DECISIONS_OFFERED,
                Listed.of(Governance.Decision.class)).items().stream()
                .map(d -> new Choice(d.id(), DueDates.day(d.decidedOn()) + ": " + d.wording(), d.id().equals(chosen))).toList() : List.of();
        model.put("decisions", decisions);
        model.put("error", error);
        return new ModelAndView<>("audits/cancel-follow-up", model);
    }
}
