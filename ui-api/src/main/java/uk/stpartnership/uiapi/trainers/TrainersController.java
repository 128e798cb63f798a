package uk.stpartnership.uiapi.trainers;

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

import java.util.UUID;

/**
 * Accredited trainers (docs/TRAINERS.md), kept by workflow-service, which decides who may see and do what. Path, query
 * and body go on unchanged; ApiDocument publishes their contract. Ids are UUIDs: a malformed one is a 400 naming the
 * field before anything is forwarded.
 */
@Controller("/api/trainers")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainersController {

    private final ForwardToWorkflow forward;

    TrainersController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get
    HttpResponse<byte[]> trainers(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/{id}")
    HttpResponse<byte[]> trainer(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> record(@Body @Nullable String accreditation, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, accreditation);
    }

    @Post(value = "/{id}/renewal", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> renew(@PathVariable UUID id, @Body @Nullable String renewal, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, renewal);
    }
}
