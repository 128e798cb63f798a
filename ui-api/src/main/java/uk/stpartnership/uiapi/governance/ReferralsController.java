package uk.stpartnership.uiapi.governance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;

import java.util.UUID;

/** Referring an operational group's agenda item to the steering group; kept and checked by workflow-service. */
@Controller("/api")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferralsController {

    private final ForwardToWorkflow forward;

    ReferralsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Post("/meetings/{meetingId}/agenda-items/{itemId}/refer")
    HttpResponse<byte[]> refer(@PathVariable UUID meetingId, @PathVariable UUID itemId, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
