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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;

import java.util.UUID;

/** Referring an operational group's agenda item to the steering group; kept and checked by workflow-service. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Governance")
@SecurityRequirement(name = UiApi.BEARER)
class ReferralsController {

    private final ForwardToWorkflow forward;

    ReferralsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Post("/meetings/{meetingId}/agenda-items/{itemId}/refer")
    @Operation(summary = "Refer an operational group's agenda item to the steering group",
            description = "PROJECT_MANAGER only. The item goes on the next steering meeting whose agenda is open, with its papers, "
                    + "named after the meeting it came from and linked back to it (referredFrom).")
    @ApiResponse(responseCode = "201", description = "The item on the steering agenda")
    @ApiResponse(responseCode = "404", description = "No such meeting or item, or not one this person may see")
    @ApiResponse(responseCode = "409", description = "Not an operational group's item, or no steering meeting with an open agenda")
    HttpResponse<byte[]> refer(@PathVariable UUID meetingId, @PathVariable UUID itemId, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
