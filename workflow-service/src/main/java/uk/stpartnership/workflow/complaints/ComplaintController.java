package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.listing.QueryValues;

import java.util.UUID;

/** Complaints (docs/COMPLAINTS.md). Bodies are validated inside the use cases, after the person's right to send them. */
@Controller("/internal/complaints")
class ComplaintController {

    private final RecordComplaint recordComplaint;
    private final ViewComplaint viewComplaint;
    private final ListComplaints listComplaints;
    private final ScreenDraftResponse screenDraftResponse;
    private final ComplaintIndicators complaintIndicators;

    ComplaintController(RecordComplaint recordComplaint, ViewComplaint viewComplaint, ListComplaints listComplaints,
                        ScreenDraftResponse screenDraftResponse, ComplaintIndicators complaintIndicators) {
        this.recordComplaint = recordComplaint;
        this.viewComplaint = viewComplaint;
        this.listComplaints = listComplaints;
        this.screenDraftResponse = screenDraftResponse;
        this.complaintIndicators = complaintIndicators;
    }

    @Post
    HttpResponse<ComplaintView> record(Actor actor, @Body ComplaintRequest request) {
        return HttpResponse.created(recordComplaint.record(actor, request));
    }

    @Get
    Page<ComplaintSummary> list(Actor actor, @Nullable @QueryValue String stage,
                                @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return listComplaints.list(actor, QueryValues.enumValue("stage", stage, Complaint.Stage.class), new PageRequest(page, size));
    }

    @Get("/indicators")
    ComplaintIndicatorCounts indicators(Actor actor, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return complaintIndicators.count(actor, from, to);
    }

    @Get("/{id}")
    ComplaintDetail one(Actor actor, @PathVariable UUID id) {
        return viewComplaint.view(actor, id);
    }

    @Post("/{id}/screen")
    ScreenResponse.Result screen(Actor actor, @PathVariable UUID id, @Body ScreenRequest request) {
        return screenDraftResponse.screen(actor, id, request);
    }
}
