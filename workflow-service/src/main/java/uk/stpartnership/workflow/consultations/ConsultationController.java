package uk.stpartnership.workflow.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;

/** The body is read and validated inside the use case, after the person's right to send it. */
@Controller("/internal/consultations")
class ConsultationController {

    private final RequestConsultation requestConsultation;
    private final CountConsultations countConsultations;

    ConsultationController(RequestConsultation requestConsultation, CountConsultations countConsultations) {
        this.requestConsultation = requestConsultation;
        this.countConsultations = countConsultations;
    }

    @Post
    HttpResponse<RequestedConsultation> request(Actor actor, @Body @Nullable UncheckedBody<ConsultationRequest> request) {
        return HttpResponse.created(requestConsultation.request(actor, request));
    }

    @Get("/monthly")
    MonthlyConsultations monthly(Actor actor, @QueryValue String from, @QueryValue String to) {
        return countConsultations.monthly(actor, from, to);
    }
}
