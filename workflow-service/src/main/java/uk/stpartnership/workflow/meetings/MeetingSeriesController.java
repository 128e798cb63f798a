package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.UUID;

/** Meeting series. Bodies are validated inside the use cases, after the person's right to send them. */
@Controller("/internal/meeting-series")
class MeetingSeriesController {

    private final CreateMeetingSeries createMeetingSeries;
    private final ChangeMeetingSeries changeMeetingSeries;
    private final ViewMeetingSeries viewMeetingSeries;

    MeetingSeriesController(CreateMeetingSeries createMeetingSeries, ChangeMeetingSeries changeMeetingSeries,
                            ViewMeetingSeries viewMeetingSeries) {
        this.createMeetingSeries = createMeetingSeries;
        this.changeMeetingSeries = changeMeetingSeries;
        this.viewMeetingSeries = viewMeetingSeries;
    }

    @Post
    HttpResponse<MeetingSeries> create(Actor actor, @Body MeetingSeriesRequest request) {
        return HttpResponse.created(createMeetingSeries.create(actor, request));
    }

    @Get
    Page<MeetingSeries> list(Actor actor, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return viewMeetingSeries.list(actor, new PageRequest(page, size));
    }

    @Get("/{id}")
    SeriesDetail one(Actor actor, @PathVariable UUID id) {
        return viewMeetingSeries.view(actor, id);
    }

    @Put("/{id}")
    MeetingSeries change(Actor actor, @PathVariable UUID id, @Body MeetingSeriesRequest request) {
        return changeMeetingSeries.change(actor, id, request);
    }

    @Post("/{id}/close")
    MeetingSeries close(Actor actor, @PathVariable UUID id) {
        return changeMeetingSeries.close(actor, id);
    }
}
