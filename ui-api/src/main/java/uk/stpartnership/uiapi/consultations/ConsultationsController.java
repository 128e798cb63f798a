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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;

import static uk.stpartnership.uiapi.workflow.ApiFormats.MONTH;

/**
 * Case consultations, kept by workflow-service. Path, query and body go on unchanged; the arguments declared here
 * describe them in the OpenAPI document.
 */
@Controller("/api/consultations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Case consultations")
@SecurityRequirement(name = UiApi.BEARER)
@ApiResponse(responseCode = "200", description = "workflow-service's answer, passed on unchanged",
        content = @Content(mediaType = MediaType.APPLICATION_JSON))
@ApiResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "503", description = "workflow-service is not reachable")
class ConsultationsController {

    /** A practitioner's request for a case consultation, as workflow-service reads and validates it. */
    @Schema(name = "ConsultationRequest")
    record ConsultationRequest(
            @Schema(description = "The case, by reference: never a name", example = "HK-2024-00123") String caseReference,
            @Schema(description = "The role of the practitioner asking", example = "Social worker") String practitionerRole,
            @Schema(description = "What help the practitioner wants") String helpWanted) {
    }

    private final ForwardToWorkflow forward;

    ConsultationsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a case consultation")
    HttpResponse<byte[]> request(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsultationRequest.class)))
            @Body @Nullable String consultation,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, consultation);
    }

    @Get("/monthly")
    @Operation(summary = "Case consultations per month, for the months from..to (YYYY-MM)")
    HttpResponse<byte[]> monthly(
            @Parameter(description = "First month", required = true, schema = @Schema(type = "string", pattern = MONTH, example = "2024-04"))
            @QueryValue String from,
            @Parameter(description = "Last month", required = true, schema = @Schema(type = "string", pattern = MONTH, example = "2025-03"))
            @QueryValue String to,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
