package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;
import uk.stpartnership.workflow.listing.QueryValues;

/** The body is read and validated inside the use case, after the person's right to send it. */
@Controller("/internal/consultations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Case consultations", description = "Case consultations with an S&T consultant")
@ProblemAnswers
class ConsultationController {

    private final RequestConsultation requestConsultation;
    private final CountConsultations countConsultations;
    private final ListConsultations listConsultations;

    ConsultationController(RequestConsultation requestConsultation, CountConsultations countConsultations,
                           ListConsultations listConsultations) {
        this.requestConsultation = requestConsultation;
        this.countConsultations = countConsultations;
        this.listConsultations = listConsultations;
    }

    @Post
    @Operation(operationId = "requestConsultation", summary = "Ask for a case consultation")
    @Status(HttpStatus.CREATED)
    RequestedConsultation request(@Parameter(hidden = true) Actor actor,
                                  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConsultationRequest.class)))
                                  @Body @Nullable UncheckedBody<ConsultationRequest> request) {
        return requestConsultation.request(actor, request);
    }

    @Get
    @Operation(operationId = "listConsultations", summary = "The borough's consultation requests, newest first, with each consultation once held",
            description = "IMPLEMENTATION_LEAD, CHAMPION and PRACTITIONER of the borough. Case references only; the help wanted "
                    + "and the notes stay on the task. Every list read is audited.")
    Page<BoroughConsultation> list(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return listConsultations.list(actor, paging.request());
    }

    @Get("/monthly")
    @Operation(operationId = "monthlyConsultations", summary = "Case consultations per month, for the months from..to (YYYY-MM)")
    MonthlyConsultations monthly(@Parameter(hidden = true) Actor actor,
                                 @Parameter(description = "First month", schema = @Schema(pattern = QueryValues.MONTH_PATTERN, example = "2026-04")) @QueryValue String from,
                                 @Parameter(description = "Last month", schema = @Schema(pattern = QueryValues.MONTH_PATTERN, example = "2027-03")) @QueryValue String to) {
        return countConsultations.monthly(actor, from, to);
    }
}
