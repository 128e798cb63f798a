package uk.stpartnership.uiapi.tasks;

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

/** The signed-in person's task inbox, kept by workflow-service: path, query and body go on unchanged (ApiDocument publishes their contract). */
@Controller("/api/tasks")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TasksController {

    private final ForwardToWorkflow forward;

    TasksController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get
    HttpResponse<byte[]> inbox( HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/{key}")
    HttpResponse<byte[]> task(@PathVariable String key, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post("/{key}/claim")
    HttpResponse<byte[]> claim(@PathVariable String key, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post("/{key}/unclaim")
    HttpResponse<byte[]> unclaim(@PathVariable String key, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/{key}/complete", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> complete(
            @PathVariable String key,
            @Body @Nullable String form,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, form);
    }
}
