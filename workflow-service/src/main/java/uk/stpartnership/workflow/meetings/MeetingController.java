package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.UUID;

@Controller("/internal")
class MeetingController {

    private final ViewMeeting viewMeeting;
    private final AddAgendaItem addAgendaItem;
    private final CancelMeeting cancelMeeting;
    private final MoveMeeting moveMeeting;
    private final ViewSteeringOverview viewSteeringOverview;

    MeetingController(ViewMeeting viewMeeting, AddAgendaItem addAgendaItem, CancelMeeting cancelMeeting,
                      MoveMeeting moveMeeting, ViewSteeringOverview viewSteeringOverview) {
        this.moveMeeting = moveMeeting;
        this.viewMeeting = viewMeeting;
        this.addAgendaItem = addAgendaItem;
        this.cancelMeeting = cancelMeeting;
        this.viewSteeringOverview = viewSteeringOverview;
    }

    @Get("/meetings/{id}")
    MeetingView one(Actor actor, @PathVariable UUID id) {
        return viewMeeting.view(actor, id);
    }

    @Post("/meetings/{id}/agenda-items")
    HttpResponse<AgendaItem> addAgendaItem(Actor actor, @PathVariable UUID id, @Body AgendaItemRequest request) {
        return HttpResponse.created(addAgendaItem.add(actor, id, request));
    }

    /** Accepted: the meeting's process closes its tasks and tells the members. */
    @Post("/meetings/{id}/cancel")
    HttpResponse<MeetingView> cancel(Actor actor, @PathVariable UUID id) {
        return HttpResponse.accepted().body(cancelMeeting.cancel(actor, id));
    }

    /** Accepted: the new times are kept; the meeting's process closes its tasks, tells the members and starts again. */
    @Post("/meetings/{id}/move")
    HttpResponse<MeetingView> move(Actor actor, @PathVariable UUID id, @Body MoveMeetingRequest request) {
        return HttpResponse.accepted().body(moveMeeting.move(actor, id, request));
    }

    @Get("/steering/overview")
    SteeringOverview steeringOverview(Actor actor, @QueryValue(defaultValue = "0") int decisionsPage,
                                      @QueryValue(defaultValue = "0") int actionsPage, @QueryValue(defaultValue = "0") int meetingsPage,
                                      @QueryValue(defaultValue = "20") int size) {
        return viewSteeringOverview.view(actor, PageRequest.of("decisionsPage", decisionsPage, size),
                PageRequest.of("actionsPage", actionsPage, size), PageRequest.of("meetingsPage", meetingsPage, size));
    }
}
