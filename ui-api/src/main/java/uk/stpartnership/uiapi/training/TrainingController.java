package uk.stpartnership.uiapi.training;

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

/** Training, kept by workflow-service: path, query and body go on unchanged (ApiDocument publishes their contract). */
@Controller("/api/training")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainingController {

    private final ForwardToWorkflow forward;

    TrainingController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get("/courses")
    HttpResponse<byte[]> courses(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/cohorts")
    HttpResponse<byte[]> cohorts(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/cohorts", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> plan(@Body @Nullable String cohort, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, cohort);
    }

    @Get("/cohorts/{id}")
    HttpResponse<byte[]> cohort(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/cohorts/{id}/bookings", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> book(@PathVariable String id, @Body @Nullable String booking, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, booking);
    }

    @Post(value = "/cohorts/{id}/days/{day}/attendance", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> attendance(@PathVariable String id, @PathVariable String day, @Body @Nullable String attendance,
                                    HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, attendance);
    }

    @Post("/bookings/{id}/cancel")
    HttpResponse<byte[]> cancel(@PathVariable String id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/bookings/mine")
    HttpResponse<byte[]> mine(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/completions", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> completion(@Body @Nullable String completion, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, completion);
    }

    @Get("/people/{personId}/record")
    HttpResponse<byte[]> record(@PathVariable String personId, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/reports/attendance")
    HttpResponse<byte[]> attendanceReport(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
