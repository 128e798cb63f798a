package uk.stpartnership.uiapi.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;

/** Case audits, kept by workflow-service: path, query and body go on unchanged (ApiDocument publishes their contract). */
@Controller("/api/audits")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseAuditsController {

    private final ForwardToWorkflow forward;

    CaseAuditsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get("/tools")
    HttpResponse<byte[]> tools(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/tools/{id}")
    HttpResponse<byte[]> tool(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/rounds")
    HttpResponse<byte[]> rounds(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/rounds", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> plan(@Body @Nullable String round, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, round);
    }

    @Get("/rounds/{id}")
    HttpResponse<byte[]> round(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/rounds/{id}/findings")
    HttpResponse<byte[]> findings(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get(value = "/rounds/{id}/findings.csv", produces = "text/csv")
    HttpResponse<byte[]> findingsCsv(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/summary")
    HttpResponse<byte[]> summary(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/rounds/{id}/cohort", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> cohort(@PathVariable String id, @Body @Nullable String cohort, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, cohort);
    }

    @Post(value = "/rounds/{id}/follow-up/cancellation", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> cancelFollowUp(@PathVariable String id, @Body @Nullable String cancellation, HttpRequest<?> request,
                                        Authentication person) {
        return forward.forward(request, person, cancellation);
    }

    @Post(value = "/tools/{id}/versions", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> revise(@PathVariable String id, @Body @Nullable String revision, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, revision);
    }
}
