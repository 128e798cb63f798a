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
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;
import uk.stpartnership.uiapi.workflow.Paging;

/**
 * The signed-in person's task inbox, kept by workflow-service. Path, query and body go on unchanged; the arguments
 * declared here describe them in the OpenAPI document.
 */
@Controller("/api/tasks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tasks")
@SecurityRequirement(name = UiApi.BEARER)
@ApiResponse(responseCode = "200", description = "workflow-service's answer, passed on unchanged",
        content = @Content(mediaType = MediaType.APPLICATION_JSON))
@ApiResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "404", description = "No such task, or not one for this person")
@ApiResponse(responseCode = "503", description = "workflow-service is not reachable")
class TasksController {

    private final ForwardToWorkflow forward;

    TasksController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get
    @Operation(summary = "Open tasks for my roles in my organisation, and tasks assigned to me, by due date")
    HttpResponse<byte[]> inbox(
            @RequestBean Paging paging, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/{key}")
    @Operation(summary = "One task with its form")
    HttpResponse<byte[]> task(@PathVariable String key, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post("/{key}/claim")
    @Operation(summary = "Take the task: it is assigned to me")
    HttpResponse<byte[]> claim(@PathVariable String key, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post("/{key}/unclaim")
    @Operation(summary = "Give the task back to the people of its role")
    HttpResponse<byte[]> unclaim(@PathVariable String key, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/{key}/complete", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete the task with the fields of its form")
    HttpResponse<byte[]> complete(
            @PathVariable String key,
            @RequestBody(description = "The form's fields, by name",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class)))
            @Body @Nullable String form,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, form);
    }
}
