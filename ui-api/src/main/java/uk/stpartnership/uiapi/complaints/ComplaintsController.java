package uk.stpartnership.uiapi.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;

import java.util.UUID;

/**
 * Complaints (docs/COMPLAINTS.md), kept by workflow-service, which also decides who may see and do what and audits
 * every read and change. Path, query and body go on unchanged; ApiDocument publishes their
 * contract. Ids are UUIDs, so a malformed one is a 400 naming the field before anything is forwarded.
 */
@Controller("/api/complaints")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintsController {

    private static final String ENDED = "The complaint has ended";

    private final ForwardToWorkflow forward;

    ComplaintsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> record(
            @Body @Nullable String complaint,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, complaint);
    }

    @Get
    HttpResponse<byte[]> complaints(
            @Nullable @QueryValue String stage,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/indicators")
    HttpResponse<byte[]> indicators(
            @QueryValue String from,
            @QueryValue String to,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/sla")
    HttpResponse<byte[]> missedDeadlines( HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/{id}")
    HttpResponse<byte[]> complaint(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/{id}/screen", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> screen(
            @PathVariable UUID id,
            @Body @Nullable String draft,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, draft);
    }

    @Put(value = "/{id}/assignments", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> assign(
            @PathVariable UUID id,
            @Body @Nullable String assignments,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, assignments);
    }

    @Post(value = "/{id}/stage2-request", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> stage2Request(
            @PathVariable UUID id,
            @Body @Nullable String stageRequest,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, stageRequest);
    }

    @Post(value = "/{id}/stage3-request", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> stage3Request(
            @PathVariable UUID id,
            @Body @Nullable String stageRequest,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, stageRequest);
    }

    @Post(value = "/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> withdraw(
            @PathVariable UUID id,
            @Body @Nullable String withdrawal,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, withdrawal);
    }

    @Post(value = "/{id}/early-resolution", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> resolveEarly(
            @PathVariable UUID id,
            @Body @Nullable String resolution,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, resolution);
    }

    @Post(value = "/{id}/ombudsman-enquiries", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> recordOmbudsmanEnquiry(
            @PathVariable UUID id,
            @Body @Nullable String enquiry,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, enquiry);
    }

    @Get("/{id}/audit")
    HttpResponse<byte[]> audit(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
