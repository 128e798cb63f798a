package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;

import java.util.UUID;

/** Meeting series. Bodies are validated inside the use cases, after the person's right to send them. */
@Controller("/internal/meeting-series")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meeting series", description = "The partnership's recurring meetings and who is invited")
@ProblemAnswers
class MeetingSeriesController {

    private final CreateMeetingSeries createMeetingSeries;
    private final ChangeMeetingSeries changeMeetingSeries;
    private final ViewMeetingSeries viewMeetingSeries;
    private final PreviewMeetingSeries previewMeetingSeries;

    MeetingSeriesController(CreateMeetingSeries createMeetingSeries, ChangeMeetingSeries changeMeetingSeries,
                            ViewMeetingSeries viewMeetingSeries, PreviewMeetingSeries previewMeetingSeries) {
        this.previewMeetingSeries = previewMeetingSeries;
        this.createMeetingSeries = createMeetingSeries;
        this.changeMeetingSeries = changeMeetingSeries;
        this.viewMeetingSeries = viewMeetingSeries;
    }

    @Post
    @Operation(operationId = "createMeetingSeries", summary = "Create a meeting series and start planning its meetings",
            description = "PROJECT_MANAGER only.")
    @Status(HttpStatus.CREATED)
    MeetingSeries create(@Parameter(hidden = true) Actor actor, @Body MeetingSeriesRequest request) {
        return createMeetingSeries.create(actor, request);
    }

    /** Read-only: nothing is stored, so the pages can show the days before the series is saved. */
    @Post("/preview")
    @Operation(operationId = "previewMeetingSeries", summary = "The next six meeting days a cadence gives a new series, or a series being changed",
            description = "PROJECT_MANAGER only. Nothing is stored.")
    SeriesPreview preview(@Parameter(hidden = true) Actor actor, @Body SeriesPreviewRequest request) {
        return previewMeetingSeries.preview(actor, request);
    }

    @Get
    @Operation(operationId = "listMeetingSeries", summary = "The meeting series", description = "For their members and the partnership-wide roles.")
    Page<MeetingSeries> list(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return viewMeetingSeries.list(actor, paging.request());
    }

    @Get("/{id}")
    @Operation(operationId = "viewMeetingSeries", summary = "One meeting series with its upcoming meetings and the last ones it held")
    SeriesDetail one(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return viewMeetingSeries.view(actor, id);
    }

    @Put("/{id}")
    @Operation(operationId = "changeMeetingSeries",
            summary = "Change a series' cadence, times, members or lead times, from the next meeting planned", description = "PROJECT_MANAGER only.")
    @ConflictAnswer
    MeetingSeries change(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @Body MeetingSeriesRequest request) {
        return changeMeetingSeries.change(actor, id, request);
    }

    @Post("/{id}/close")
    @Operation(operationId = "closeMeetingSeries", summary = "Close a series: no more meetings are planned", description = "PROJECT_MANAGER only.")
    @ConflictAnswer
    MeetingSeries close(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return changeMeetingSeries.close(actor, id);
    }
}
