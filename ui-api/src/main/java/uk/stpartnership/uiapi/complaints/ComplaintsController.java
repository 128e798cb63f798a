package uk.stpartnership.uiapi.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.workflow.ForwardToWorkflow;
import uk.stpartnership.uiapi.workflow.Paging;

import java.util.List;
import java.util.UUID;

import static uk.stpartnership.uiapi.workflow.ApiFormats.DATE;
import static uk.stpartnership.uiapi.workflow.ApiFormats.MONTH;

/**
 * Complaints (docs/COMPLAINTS.md), kept by workflow-service, which also decides who may see and do what and audits
 * every read and change. Path, query and body go on unchanged; the arguments declared here describe them in the
 * OpenAPI document. Ids are UUIDs, so a malformed one is a 400 naming the field before anything is forwarded.
 */
@Controller("/api/complaints")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Complaints")
@SecurityRequirement(name = UiApi.BEARER)
@ApiResponse(responseCode = "200", description = "workflow-service's answer, passed on unchanged",
        content = @Content(mediaType = MediaType.APPLICATION_JSON))
@ApiResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "404", description = "No such complaint, or not one this person may see")
@ApiResponse(responseCode = "503", description = "workflow-service is not reachable")
class ComplaintsController {

    private static final String COMPLAINTS_TEAM = "The borough's COMPLAINTS_OFFICER or COMPLAINTS_MANAGER.";
    private static final String ENDED = "The complaint has ended";

    /** A complaint as the complaints team records it and workflow-service reads and validates it. */
    @Schema(name = "ComplaintRequest", requiredProperties = {"receivedOn", "channel", "complainantRelationship", "about",
            "complainantIsPersonCausingHarm"})
    record ComplaintRequest(
            @Schema(description = "The day the complaint was received", format = DATE) String receivedOn,
            @Schema(allowableValues = {"EMAIL", "LETTER", "PHONE", "IN_PERSON", "ONLINE", "OTHER"}) String channel,
            @Schema(description = "Only where needed") @Nullable String complainantName,
            @Schema(description = "A postal address or phone number, only where needed") @Nullable String complainantContact,
            @Schema(description = "Where the acknowledgement and responses are emailed", format = "email") @Nullable String complainantEmail,
            @Schema(description = "The complainant's relationship to the child",
                    allowableValues = {"PERSON_CAUSING_HARM", "OTHER_PARENT", "CHILD", "OTHER"}) String complainantRelationship,
            @Schema(description = "The workers complained about") @Nullable List<String> workers,
            @Schema(description = "The team complained about") @Nullable String team,
            @Nullable WorkerManager workerManager,
            @Schema(description = "The linked case, by reference: never a name", example = "HK-2024-00123") @Nullable String caseReference,
            @Schema(description = "What the complaint is about") String about,
            @Schema(description = "Whether the linked case records the complainant as the person causing harm",
                    allowableValues = {"YES", "NO", "NOT_KNOWN"}) String complainantIsPersonCausingHarm,
            @Schema(description = "Facts about the victim-survivor that must never be disclosed: kept apart, screened against "
                    + "every draft response and never echoed back") @Nullable List<ProtectedDetail> protectedDetails) {
    }

    @Schema(name = "WorkerManager", description = "The manager of the workers complained about", requiredProperties = {"name", "email"})
    record WorkerManager(String name, @Schema(format = "email") String email) {
    }

    @Schema(name = "ProtectedDetail", requiredProperties = {"kind", "detail"})
    record ProtectedDetail(
            @Schema(allowableValues = {"AREA", "ADDRESS", "REFUGE", "SCHOOL", "CONTACT_DETAILS", "DISCLOSURE", "OTHER"}) String kind,
            @Schema(description = "The fact itself, as a response might word it", example = "14 Elm Road, E8 1AB") String detail) {
    }

    @Schema(name = "DraftResponse", requiredProperties = {"text"})
    record DraftResponse(@Schema(description = "The draft response's text; never logged") String text) {
    }

    @Schema(name = "ComplaintAssignments", description = "People, by person id; each optional")
    record Assignments(
            @Schema(description = "The S&T reviewer for the perpetrator-proofing review") @Nullable String reviewerId,
            @Schema(description = "The investigating officer at stage 2") @Nullable String investigatorId,
            @Schema(description = "The manager assigned to the complaint") @Nullable String managerId) {
    }

    @Schema(name = "NextStageRequest", requiredProperties = {"requestedOn"})
    record NextStageRequest(@Schema(description = "The day the complainant asked", format = DATE) String requestedOn) {
    }

    @Schema(name = "ComplaintEnding", requiredProperties = {"reason"})
    record Ending(@Schema(description = "Why the complainant withdrew, or how the complaint was resolved") String reason) {
    }

    @Schema(name = "OmbudsmanEnquiry", requiredProperties = {"reference", "receivedOn"})
    record OmbudsmanEnquiry(
            @Schema(description = "The ombudsman's reference") String reference,
            @Schema(description = "The day the enquiry was received", format = DATE) String receivedOn,
            @Schema(description = "The ombudsman's decision, once made", allowableValues = {"NOT_INVESTIGATED", "NO_FAULT",
                    "FAULT_NO_INJUSTICE", "FAULT_AND_INJUSTICE", "UPHELD_REMEDY"}) @Nullable String decision,
            @Schema(description = "The day of the decision", format = DATE) @Nullable String decidedOn) {
    }

    private final ForwardToWorkflow forward;

    ComplaintsController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a complaint",
            description = "COMPLAINTS_OFFICER or COMPLAINTS_MANAGER, for their borough. The answer counts the protected details "
                    + "and never echoes them.")
    @ApiResponse(responseCode = "201", description = "The complaint, recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    HttpResponse<byte[]> record(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintRequest.class)))
            @Body @Nullable String complaint,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, complaint);
    }

    @Get
    @Operation(summary = "The borough's complaints", description = COMPLAINTS_TEAM + " Without protected details or complainant contact.")
    HttpResponse<byte[]> complaints(
            @Parameter(description = "The stage reached", schema = @Schema(allowableValues = {"RECEIVED", "STAGE1", "STAGE2", "STAGE3", "OMBUDSMAN"}))
            @Nullable @QueryValue String stage,
            @RequestBean Paging paging,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/indicators")
    @Operation(summary = "Complaints per borough per quarter, by complainant relationship, stage reached, outcome and review "
            + "conclusion, for the months from..to (YYYY-MM)",
            description = "EVALUATOR and PROJECT_MANAGER. Anonymised: counts only, and none that could pick anyone out. Each cell is "
                    + "{borough, quarter, dimension, value, complaints, shown}. A count from 1 to 4 (below "
                    + "platform.evaluation.small-count-threshold) is withheld: complaints null, shown \"fewer than 5\". Each breakdown "
                    + "of a borough's quarter adds up to the quarter's complaints, so a breakdown with one small count also withholds "
                    + "its smallest other count (shown \"withheld so that a small count cannot be worked out\"). Zeros are not listed. "
                    + "docs/COMPLAINTS.md.")
    HttpResponse<byte[]> indicators(
            @Parameter(description = "First month", required = true, schema = @Schema(type = "string", pattern = MONTH, example = "2026-04"))
            @QueryValue String from,
            @Parameter(description = "Last month", required = true, schema = @Schema(type = "string", pattern = MONTH, example = "2027-03"))
            @QueryValue String to,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/sla")
    @Operation(summary = "Statutory deadlines missed in my borough", description = COMPLAINTS_TEAM)
    HttpResponse<byte[]> missedDeadlines(@RequestBean Paging paging, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/{id}")
    @Operation(summary = "One complaint, with its protected details and the complainant's earlier complaints",
            description = "The borough's complaints team and the reviewer, investigator and manager assigned to it. Every read is audited.")
    HttpResponse<byte[]> complaint(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/{id}/screen", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen a draft response against the complaint's protected details",
            description = "Those who may see the complaint. The answer says whether the draft is blocked, which kinds of "
                    + "protected detail it names, and victim-blaming terms as warnings.")
    HttpResponse<byte[]> screen(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftResponse.class)))
            @Body @Nullable String draft,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, draft);
    }

    @Put(value = "/{id}/assignments", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the complaint's reviewer, investigator and manager", description = "The borough's COMPLAINTS_MANAGER.")
    HttpResponse<byte[]> assign(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assignments.class)))
            @Body @Nullable String assignments,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, assignments);
    }

    @Post(value = "/{id}/stage2-request", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "The complainant asked for stage 2: the investigation starts", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The request, passed to the complaint's process")
    @ApiResponse(responseCode = "409", description = "The complaint is not waiting for a stage 2 request")
    HttpResponse<byte[]> stage2Request(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextStageRequest.class)))
            @Body @Nullable String stageRequest,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, stageRequest);
    }

    @Post(value = "/{id}/stage3-request", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "The complainant asked for stage 3: a review panel is convened", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The request, passed to the complaint's process")
    @ApiResponse(responseCode = "409", description = "The complaint is not waiting for a stage 3 request")
    HttpResponse<byte[]> stage3Request(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextStageRequest.class)))
            @Body @Nullable String stageRequest,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, stageRequest);
    }

    @Post(value = "/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "The complainant withdrew the complaint: it ends and its open tasks close", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The withdrawal, passed to the complaint's process")
    @ApiResponse(responseCode = "409", description = ENDED)
    HttpResponse<byte[]> withdraw(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ending.class)))
            @Body @Nullable String withdrawal,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, withdrawal);
    }

    @Post(value = "/{id}/early-resolution", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "The complaint was resolved early: it ends and its open tasks close", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "202", description = "The resolution, passed to the complaint's process")
    @ApiResponse(responseCode = "409", description = ENDED)
    HttpResponse<byte[]> resolveEarly(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ending.class)))
            @Body @Nullable String resolution,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, resolution);
    }

    @Post(value = "/{id}/ombudsman-enquiries", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a Local Government and Social Care Ombudsman enquiry about the complaint", description = COMPLAINTS_TEAM)
    @ApiResponse(responseCode = "201", description = "The enquiry, recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    HttpResponse<byte[]> recordOmbudsmanEnquiry(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OmbudsmanEnquiry.class)))
            @Body @Nullable String enquiry,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, enquiry);
    }

    @Get("/{id}/audit")
    @Operation(summary = "The complaint's audit log: every read, change and refused attempt, by whom, when, of which records and fields, by which route or job",
            description = "The borough's COMPLAINTS_MANAGER only. A list read is one entry naming the records it showed (docs/COMPLAINTS.md).")
    HttpResponse<byte[]> audit(@PathVariable UUID id, @RequestBean Paging paging, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
