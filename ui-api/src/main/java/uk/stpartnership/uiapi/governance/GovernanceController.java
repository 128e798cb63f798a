package uk.stpartnership.uiapi.governance;

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
 * Governance (docs/GOVERNANCE.md): meeting series, meetings and their agendas, the decision log, actions and the
 * steering group's overview, kept by workflow-service, which also decides who may see and do what. Path, query and
 * body go on unchanged; ApiDocument publishes their contract. Ids are UUIDs, so a
 * malformed one is a 400 naming the field before anything is forwarded.
 */
@Controller("/api")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GovernanceController {

    private final ForwardToWorkflow forward;

    GovernanceController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get("/meeting-series")
    HttpResponse<byte[]> allSeries( HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/meeting-series", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> createSeries(
            @Body @Nullable String series,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, series);
    }

    @Get("/meeting-series/{id}")
    HttpResponse<byte[]> series(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Put(value = "/meeting-series/{id}", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> changeSeries(
            @PathVariable UUID id,
            @Body @Nullable String series,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, series);
    }

    @Post("/meeting-series/{id}/close")
    HttpResponse<byte[]> closeSeries(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/meetings/{id}")
    HttpResponse<byte[]> meeting(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/meetings/{id}/agenda-items", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> addAgendaItem(
            @PathVariable UUID id,
            @Body @Nullable String item,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, item);
    }

    @Post("/meetings/{id}/cancel")
    HttpResponse<byte[]> cancelMeeting(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/meetings/{id}/move", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> moveMeeting(
            @PathVariable UUID id,
            @Body @Nullable String move,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, move);
    }

    @Get("/decisions")
    HttpResponse<byte[]> decisions(
            @Nullable @QueryValue String group,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String borough,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String q,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/actions")
    HttpResponse<byte[]> actions(
            @Nullable @QueryValue String borough,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String overdue,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/actions/{id}/due-date", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> changeDueDate(
            @PathVariable UUID id,
            @Body @Nullable String change,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, change);
    }

    @Get("/steering/overview")
    HttpResponse<byte[]> steeringOverview(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
