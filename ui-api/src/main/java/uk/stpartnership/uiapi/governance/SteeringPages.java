package uk.stpartnership.uiapi.governance;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.pages.Pages;
import uk.stpartnership.uiapi.pages.WorkflowPages;
import uk.stpartnership.uiapi.pages.govuk.Pagination;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** The steering overview (project managers and steering group members: workflow-service refuses anyone else), each list paged on its own. */
@Controller("/governance/steering")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SteeringPages {

    private static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final WorkflowPages workflow;

    SteeringPages(Pages pages, WorkflowPages workflow) {
        this.pages = pages;
        this.workflow = workflow;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> overview(Authentication person, @QueryValue(defaultValue = "0") int decisionsPage,
                                               @QueryValue(defaultValue = "0") int actionsPage, @QueryValue(defaultValue = "0") int meetingsPage) {
        int decisions = Math.max(0, decisionsPage);
        int actions = Math.max(0, actionsPage);
        int meetings = Math.max(0, meetingsPage);
        Governance.SteeringOverview overview = workflow.get(person, "/internal/steering/overview?decisionsPage=" + decisions + "&actionsPage=" + actions
                + "&meetingsPage=" + meetings + "&size=" + PAGE_SIZE, Argument.of(Governance.SteeringOverview.class));
        IntFunction<String> decisionsHref = p -> href(p, actions, meetings);
        IntFunction<String> actionsHref = p -> href(decisions, p, meetings);
        IntFunction<String> meetingsHref = p -> href(decisions, actions, p);
        Map<String, Object> model = new HashMap<>();
        model.put("page", pages.of(person, "Steering overview", Pages.Section.GOVERNANCE));
        model.put("overview", overview);
        model.put("decisionsPages", Pagination.of(decisions, overview.openDecisions().pages(), decisionsHref));
        model.put("actionsPages", Pagination.of(actions, overview.overdueActions().pages(), actionsHref));
        model.put("meetingsPages", Pagination.of(meetings, overview.minutesNotApproved().pages(), meetingsHref));
        return new ModelAndView<>("governance/steering", model);
    }

    private static String href(int decisionsPage, int actionsPage, int meetingsPage) {
        return "/governance/steering?decisionsPage=" + decisionsPage + "&actionsPage=" + actionsPage + "&meetingsPage=" + meetingsPage;
    }
}
