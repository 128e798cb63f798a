package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
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
    private final AssignComplaint assignComplaint;
    private final MoveComplaint moveComplaint;
    private final ComplaintRecords complaintRecords;

    ComplaintController(RecordComplaint recordComplaint, ViewComplaint viewComplaint, ListComplaints listComplaints,
                        ScreenDraftResponse screenDraftResponse, ComplaintIndicators complaintIndicators, AssignComplaint assignComplaint,
                        MoveComplaint moveComplaint, ComplaintRecords complaintRecords) {
        this.recordComplaint = recordComplaint;
        this.viewComplaint = viewComplaint;
        this.listComplaints = listComplaints;
        this.screenDraftResponse = screenDraftResponse;
        this.complaintIndicators = complaintIndicators;
        this.assignComplaint = assignComplaint;
        this.moveComplaint = moveComplaint;
        this.complaintRecords = complaintRecords;
    }

    @Post
    HttpResponse<ComplaintView> record(Actor actor, @Body @Nullable UncheckedBody<ComplaintRequest> request) {
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
    ScreenResponse.Result screen(Actor actor, @PathVariable UUID id, @Body @Nullable UncheckedBody<ScreenRequest> request) {
        return screenDraftResponse.screen(actor, id, request);
    }

    @Get("/sla")
    Page<MissedDeadline> sla(Actor actor, @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return complaintRecords.missedDeadlines(actor, new PageRequest(page, size));
    }

    @Put("/{id}/assignments")
    ComplaintDetail assign(Actor actor, @PathVariable UUID id, @Body @Nullable UncheckedBody<AssignComplaint.Assignment> assignment) {
        return assignComplaint.assign(actor, id, assignment);
    }

    @Post("/{id}/stage2-request")
    HttpResponse<Void> requestStage2(Actor actor, @PathVariable UUID id,
                                     @Body @Nullable UncheckedBody<MoveComplaint.NextStageRequest> request) {
        moveComplaint.requestStage(actor, id, Complaint.Stage.STAGE2, request);
        return HttpResponse.accepted();
    }

    @Post("/{id}/stage3-request")
    HttpResponse<Void> requestStage3(Actor actor, @PathVariable UUID id,
                                     @Body @Nullable UncheckedBody<MoveComplaint.NextStageRequest> request) {
        moveComplaint.requestStage(actor, id, Complaint.Stage.STAGE3, request);
        return HttpResponse.accepted();
    }

    @Post("/{id}/withdrawal")
    HttpResponse<Void> withdraw(Actor actor, @PathVariable UUID id, @Body @Nullable UncheckedBody<MoveComplaint.Ending> ending) {
        moveComplaint.end(actor, id, Complaint.Outcome.WITHDRAWN, ending);
        return HttpResponse.accepted();
    }

    @Post("/{id}/early-resolution")
    HttpResponse<Void> resolveEarly(Actor actor, @PathVariable UUID id, @Body @Nullable UncheckedBody<MoveComplaint.Ending> ending) {
        moveComplaint.end(actor, id, Complaint.Outcome.RESOLVED_EARLY, ending);
        return HttpResponse.accepted();
    }

    @Post("/{id}/ombudsman-enquiries")
    HttpResponse<OmbudsmanEnquiry> recordOmbudsmanEnquiry(Actor actor, @PathVariable UUID id,
                                                          @Body @Nullable UncheckedBody<ComplaintRecords.EnquiryRequest> request) {
        return HttpResponse.created(complaintRecords.recordOmbudsmanEnquiry(actor, id, request));
    }

    @Get("/{id}/audit")
    Page<AuditLog.Event> audit(Actor actor, @PathVariable UUID id, @QueryValue(defaultValue = "0") int page,
                               @QueryValue(defaultValue = "20") int size) {
        return complaintRecords.auditTrail(actor, id, new PageRequest(page, size));
    }
}
