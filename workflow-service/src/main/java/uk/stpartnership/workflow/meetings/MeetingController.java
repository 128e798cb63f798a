package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.UUID;

@Controller("/internal")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings", description = "Meetings of the partnership's groups: agendas, minutes, moves and cancellations")
@ProblemAnswers
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
    @Operation(operationId = "viewMeeting", summary = "One meeting with its agenda items and minutes", description = "For the series' members.")
    MeetingView one(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return viewMeeting.view(actor, id);
    }

    @Post("/meetings/{id}/agenda-items")
    @Operation(operationId = "addAgendaItem", summary = "Add an item to a meeting's agenda while it is open", description = "For the series' members.")
    @ConflictAnswer
    @Status(HttpStatus.CREATED)
    AgendaItem addAgendaItem(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @Body AgendaItemRequest request) {
        return addAgendaItem.add(actor, id, request);
    }

    /** Accepted: the meeting's process closes its tasks and tells the members. */
    @Post("/meetings/{id}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "Cancel a meeting: its members are told", description = "PROJECT_MANAGER only.")
    @ConflictAnswer
    @Status(HttpStatus.ACCEPTED)
    MeetingView cancel(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return cancelMeeting.cancel(actor, id);
    }

    /** Accepted: the new times are kept; the meeting's process closes its tasks, tells the members and starts again. */
    @Post("/meetings/{id}/move")
    @Operation(operationId = "moveMeeting", summary = "Move a meeting to a new day and time, with a reason",
            description = "PROJECT_MANAGER or the chair. Its open tasks close, members are told, and the agenda call, agenda pack and "
                    + "minutes follow the new times.")
    @ConflictAnswer
    @Status(HttpStatus.ACCEPTED)
    MeetingView move(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @Body MoveMeetingRequest request) {
        return moveMeeting.move(actor, id, request);
    }

    @Get("/steering/overview")
    @Operation(operationId = "steeringOverview",
            summary = "Open decisions, overdue actions by borough and owner, and meetings whose minutes are not approved",
            description = "PROJECT_MANAGER and STEERING_GROUP_MEMBER.")
    SteeringOverview steeringOverview(@Parameter(hidden = true) Actor actor,
                                      @Parameter(description = "Page of the open decisions, from 0") @QueryValue(defaultValue = "0") int decisionsPage,
                                      @Parameter(description = "Page of the overdue actions, from 0") @QueryValue(defaultValue = "0") int actionsPage,
                                      @Parameter(description = "Page of the meetings awaiting approved minutes, from 0")
                                      @QueryValue(defaultValue = "0") int meetingsPage,
                                      @Parameter(description = "Items per page of each list, at most 100") @QueryValue(defaultValue = "20") int size) {
        return viewSteeringOverview.view(actor, PageRequest.of("decisionsPage", decisionsPage, size),
                PageRequest.of("actionsPage", actionsPage, size), PageRequest.of("meetingsPage", meetingsPage, size));
    }
}
