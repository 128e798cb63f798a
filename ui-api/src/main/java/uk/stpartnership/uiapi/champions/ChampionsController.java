package uk.stpartnership.uiapi.champions;

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

/** Champions, kept by workflow-service: path, query and body go on unchanged (ApiDocument publishes their contract). */
@Controller("/api/champions")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ChampionsController {

    private final ForwardToWorkflow forward;

    ChampionsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get
    HttpResponse<byte[]> champions(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/{id}")
    HttpResponse<byte[]> champion(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/{id}/end", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> end(@PathVariable String id, @Body @Nullable String end, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, end);
    }

    @Get("/nominations")
    HttpResponse<byte[]> nominations(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/nominations", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> nominate(@Body @Nullable String nomination, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, nomination);
    }

    @Post(value = "/applications", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> apply(@Body @Nullable String application, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, application);
    }

    @Get("/teams")
    HttpResponse<byte[]> teams(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/teams", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> addTeam(@Body @Nullable String team, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, team);
    }

    @Get("/coverage")
    HttpResponse<byte[]> coverage(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/reports/teams")
    HttpResponse<byte[]> perTeamReport(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/reports/consultations")
    HttpResponse<byte[]> consultationsReport(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/reports/retention")
    HttpResponse<byte[]> retentionReport(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
