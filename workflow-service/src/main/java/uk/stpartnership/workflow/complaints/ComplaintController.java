package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.Put;
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
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;
import uk.stpartnership.workflow.listing.QueryValues;

import java.util.UUID;

/** Complaints (docs/COMPLAINTS.md). Bodies are validated inside the use cases, after the person's right to send them. */
@Controller("/internal/complaints")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Complaints", description = "Complaints on the statutory stages, with the perpetrator-proofing review (docs/COMPLAINTS.md)")
@ProblemAnswers
class ComplaintController {

    private static final String COMPLAINTS_TEAM = "The borough's COMPLAINTS_OFFICER or COMPLAINTS_MANAGER.";

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
    @Operation(operationId = "recordComplaint", summary = "Record a complaint",
            description = "COMPLAINTS_OFFICER or COMPLAINTS_MANAGER, for their borough. The answer counts the protected details "
                    + "and never echoes them.")
    @Status(HttpStatus.CREATED)
    ComplaintView record(@Parameter(hidden = true) Actor actor,
                                       @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ComplaintRequest.class)))
                                       @Body @Nullable UncheckedBody<ComplaintRequest> request) {
        return recordComplaint.record(actor, request);
    }

    @Get
    @Operation(operationId = "listComplaints", summary = "The borough's complaints",
            description = COMPLAINTS_TEAM + " Without protected details or complainant contact.")
    Page<ComplaintSummary> list(@Parameter(hidden = true) Actor actor,
                                @Parameter(description = "The stage reached", schema = @Schema(implementation = Complaint.Stage.class))
                                @Nullable @QueryValue String stage,
                                @RequestBean Paging paging) {
        return listComplaints.list(actor, QueryValues.enumValue("stage", stage, Complaint.Stage.class), paging.request());
    }

    @Get("/indicators")
    @Operation(operationId = "complaintIndicators", summary = "Complaints per borough per quarter, by complainant relationship, "
            + "stage reached, outcome and review conclusion, for the months from..to",
            description = "EVALUATOR and PROJECT_MANAGER. Anonymised: counts only, and none that could pick anyone out. A count from "
                    + "1 to 4 (below platform.evaluation.small-count-threshold) is withheld: complaints null, shown \"fewer than 5\". "
                    + "Each breakdown of a borough's quarter adds up to the quarter's complaints, so a breakdown with one small count "
                    + "also withholds its smallest other count. Zeros are not listed. docs/COMPLAINTS.md.")
    ComplaintIndicatorCounts indicators(@Parameter(hidden = true) Actor actor,
                                        @Parameter(description = "First month", required = true,
                                                schema = @Schema(type = "string", pattern = QueryValues.MONTH_PATTERN, example = "2026-04"))
                                        @QueryValue String from,
                                        @Parameter(description = "Last month", required = true,
                                                schema = @Schema(type = "string", pattern = QueryValues.MONTH_PATTERN, example = "2027-03"))
                                        @QueryValue String to) {
        return complaintIndicators.count(actor, from, to);
    }

    @Get("/{id}")
    @Operation(operationId = "viewComplaint", summary = "One complaint, with its protected details and the complainant's earlier complaints",
            description = "The borough's complaints team and the reviewer, investigator and manager assigned to it. Every read is audited.")
    ComplaintDetail one(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return viewComplaint.view(actor, id);
    }

    @Post("/{id}/screen")
    @Operation(operationId = "screenDraftResponse", summary = "Screen a draft response against the complaint's protected details",
            description = "Those who may see the complaint. The answer says whether the draft is blocked, which kinds of "
                    + "protected detail it names, and victim-blaming terms as warnings.")
    ScreenResponse.Result screen(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                 @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScreenRequest.class)))
                                 @Body @Nullable UncheckedBody<ScreenRequest> request) {
        return screenDraftResponse.screen(actor, id, request);
    }

    @Get("/sla")
    @Operation(operationId = "missedDeadlines", summary = "Statutory deadlines missed in my borough", description = COMPLAINTS_TEAM)
    Page<MissedDeadline> sla(@Parameter(hidden = true) Actor actor,
                             @RequestBean Paging paging) {
        return complaintRecords.missedDeadlines(actor, paging.request());
    }

    @Put("/{id}/assignments")
    @Operation(operationId = "assignComplaint", summary = "Assign the complaint's reviewer, investigator and manager",
            description = "The borough's COMPLAINTS_MANAGER.")
    ComplaintDetail assign(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                           @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssignComplaint.Assignment.class)))
                           @Body @Nullable UncheckedBody<AssignComplaint.Assignment> assignment) {
        return assignComplaint.assign(actor, id, assignment);
    }

    @Post("/{id}/stage2-request")
    @Operation(operationId = "requestStage2", summary = "The complainant asked for stage 2: the investigation starts", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The request, passed to the complaint's process")
    @ConflictAnswer
    @Status(HttpStatus.ACCEPTED)
    void requestStage2(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                     @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MoveComplaint.NextStageRequest.class)))
                                     @Body @Nullable UncheckedBody<MoveComplaint.NextStageRequest> request) {
        moveComplaint.requestStage(actor, id, Complaint.Stage.STAGE2, request);
    }

    @Post("/{id}/stage3-request")
    @Operation(operationId = "requestStage3", summary = "The complainant asked for stage 3: a review panel is convened", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The request, passed to the complaint's process")
    @ConflictAnswer
    @Status(HttpStatus.ACCEPTED)
    void requestStage3(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                     @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MoveComplaint.NextStageRequest.class)))
                                     @Body @Nullable UncheckedBody<MoveComplaint.NextStageRequest> request) {
        moveComplaint.requestStage(actor, id, Complaint.Stage.STAGE3, request);
    }

    @Post("/{id}/withdrawal")
    @Operation(operationId = "withdrawComplaint", summary = "The complainant withdrew the complaint: it ends and its open tasks close",
            description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The withdrawal, passed to the complaint's process")
    @ConflictAnswer
    @Status(HttpStatus.ACCEPTED)
    void withdraw(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MoveComplaint.Ending.class)))
                                @Body @Nullable UncheckedBody<MoveComplaint.Ending> ending) {
        moveComplaint.end(actor, id, Complaint.Outcome.WITHDRAWN, ending);
    }

    @Post("/{id}/early-resolution")
    @Operation(operationId = "resolveComplaintEarly", summary = "The complaint was resolved early: it ends and its open tasks close",
            description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The resolution, passed to the complaint's process")
    @ConflictAnswer
    @Status(HttpStatus.ACCEPTED)
    void resolveEarly(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MoveComplaint.Ending.class)))
                                    @Body @Nullable UncheckedBody<MoveComplaint.Ending> ending) {
        moveComplaint.end(actor, id, Complaint.Outcome.RESOLVED_EARLY, ending);
    }

    @Post("/{id}/ombudsman-enquiries")
    @Operation(operationId = "recordOmbudsmanEnquiry",
            summary = "Record a Local Government and Social Care Ombudsman enquiry about the complaint", description = COMPLAINTS_TEAM)
    @Status(HttpStatus.CREATED)
    OmbudsmanEnquiry recordOmbudsmanEnquiry(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                                          @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ComplaintRecords.EnquiryRequest.class)))
                                                          @Body @Nullable UncheckedBody<ComplaintRecords.EnquiryRequest> request) {
        return complaintRecords.recordOmbudsmanEnquiry(actor, id, request);
    }

    @Get("/{id}/audit")
    @Operation(operationId = "complaintAuditTrail", summary = "The complaint's audit log: every read, change and refused attempt",
            description = "The borough's COMPLAINTS_MANAGER only. By whom, when, of which records and fields, by which route or job; a "
                    + "list read is one entry naming the records it showed (docs/COMPLAINTS.md).")
    Page<AuditLog.Event> audit(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                               @RequestBean Paging paging) {
        return complaintRecords.auditTrail(actor, id, paging.request());
    }
}
