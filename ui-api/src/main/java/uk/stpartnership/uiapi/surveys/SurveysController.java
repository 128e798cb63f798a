package uk.stpartnership.uiapi.surveys;

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

/** Training surveys, kept by workflow-service: path, query and body go on unchanged (ApiDocument publishes their contract). */
@Controller("/api/surveys")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveysController {

    private final ForwardToWorkflow forward;

    SurveysController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get("/questions")
    HttpResponse<byte[]> questions(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/due")
    HttpResponse<byte[]> due(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/cohorts/{id}/{phase}", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> answer(@PathVariable String id, @PathVariable String phase, @Body @Nullable String answers,
                                HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, answers);
    }

    @Get("/report")
    HttpResponse<byte[]> report(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
