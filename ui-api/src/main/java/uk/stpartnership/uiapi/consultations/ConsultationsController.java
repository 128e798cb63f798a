package uk.stpartnership.uiapi.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;

/** Case consultations, kept by workflow-service: path, query and body go on unchanged (ApiDocument publishes their contract). */
@Controller("/api/consultations")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsultationsController {

    private final ForwardToWorkflow forward;

    ConsultationsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> request(
            @Body @Nullable String consultation,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, consultation);
    }

    @Get
    HttpResponse<byte[]> consultations(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/monthly")
    HttpResponse<byte[]> monthly(
            @QueryValue String from,
            @QueryValue String to,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
