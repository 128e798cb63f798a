package uk.stpartnership.uiapi.governance;

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

/**
 * Governance (docs/GOVERNANCE.md): meeting series, meetings and their agendas, the decision log, actions and the
 * steering group's overview, kept by workflow-service, which also decides who may see and do what. Path, query and
 * body go on unchanged; the arguments declared here describe them in the OpenAPI document. Ids are UUIDs, so a
 * malformed one is a 400 naming the field before anything is forwarded.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Governance")
@SecurityRequirement(name = UiApi.BEARER)
@ApiResponse(responseCode = "200", description = "workflow-service's answer, passed on unchanged",
        content = @Content(mediaType = MediaType.APPLICATION_JSON))
@ApiResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "404", description = "No such series or meeting, or not one this person may see")
@ApiResponse(responseCode = "503", description = "workflow-service is not reachable")
class GovernanceController {

    /** A meeting series as workflow-service reads and checks it; a change applies from the next meeting planned. */
    @Schema(name = "MeetingSeries", requiredProperties = {"title", "group", "cadence", "startTime", "durationMinutes", "location",
            "chair", "organisation", "members", "agendaCallWorkingDays", "papersWorkingDays", "minutesApprovalWorkingDays", "quorum"})
    record MeetingSeries(
            @Schema(example = "Operational group") String title,
            @Schema(allowableValues = {"OPERATIONAL", "STEERING", "PERFORMANCE", "OTHER"}) String group,
            Cadence cadence,
            @Schema(description = "Start time, Europe/London", example = "10:00") String startTime,
            @Schema(example = "90") int durationMinutes,
            @Schema(description = "A place or a link") String location,
            @Schema(description = "The chair, by person id", example = "project-manager.respect") String chair,
            @Schema(description = "The chair's organisation: where the series' tasks sit in the inbox", example = "respect")
            String organisation,
            @Schema(description = "Who is invited: people, or everyone holding a role in an organisation") List<Member> members,
            @Schema(description = "Working days before a meeting that the call for agenda items goes out") int agendaCallWorkingDays,
            @Schema(description = "Working days before a meeting that the papers are due") int papersWorkingDays,
            @Schema(description = "Working days after a meeting for the chair to approve the minutes") int minutesApprovalWorkingDays,
            @Schema(description = "Attendees needed for the meeting to be quorate") int quorum,
            @Schema(description = "A new series only. Default: the first date on the cadence at least agendaCallWorkingDays + 1 "
                    + "working days from today",
                    format = DATE) @Nullable String firstMeetingOn) {
    }

    @Schema(name = "Cadence", description = "WEEKLY with everyWeeks, or MONTHLY with weekOfMonth", requiredProperties = {"kind", "weekday"})
    record Cadence(
            @Schema(allowableValues = {"WEEKLY", "MONTHLY"}) String kind,
            @Schema(description = "WEEKLY: every how many weeks", example = "2") @Nullable Integer everyWeeks,
            @Schema(description = "MONTHLY: the week of the month, 1 to 4, or -1 for the last", example = "2") @Nullable Integer weekOfMonth,
            @Schema(description = "The day of the week", example = "TUESDAY") String weekday) {
    }

    @Schema(name = "Member", description = "Either {\"person\": id} or {\"role\": R, \"organisation\": O}, as email recipients")
    record Member(@Nullable String person, @Nullable String role, @Nullable String organisation) {
    }

    @Schema(name = "AgendaItem", requiredProperties = {"title", "purpose"})
    record AgendaItem(
            String title,
            @Schema(allowableValues = {"INFORMATION", "DISCUSSION", "DECISION"}) String purpose,
            @Schema(description = "Links to the papers") @Nullable List<String> papers,
            @Schema(description = "Who brings the item, by person id") @Nullable String owner) {
    }

    @Schema(name = "MeetingMove", requiredProperties = {"date", "startTime", "reason"})
    record MeetingMove(
            @Schema(description = "The new day, not in the past", format = DATE) String date,
            @Schema(description = "The new start time, Europe/London", example = "10:00") String startTime,
            @Schema(description = "A new place or link; default: the meeting's location") @Nullable String location,
            @Schema(description = "Why the meeting moves; it goes to the members", example = "The town hall is closed that week")
            String reason) {
    }

    @Schema(name = "DueDateChange", requiredProperties = {"dueDate", "reason"})
    record DueDateChange(
            @Schema(description = "The new due date, today or later", format = DATE) String dueDate,
            @Schema(description = "Why the due date changes; kept in the action's history") String reason) {
    }

    private final ForwardToWorkflow forward;

    GovernanceController(ForwardToWorkflow forward) {
        this.forward = forward;
    }

    @Get("/meeting-series")
    @Operation(summary = "The meeting series", description = "For their members and the partnership-wide roles.")
    HttpResponse<byte[]> allSeries(@RequestBean Paging paging, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/meeting-series", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a meeting series and start planning its meetings", description = "PROJECT_MANAGER only.")
    @ApiResponse(responseCode = "201", description = "The series, created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    HttpResponse<byte[]> createSeries(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingSeries.class)))
            @Body @Nullable String series,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, series);
    }

    @Get("/meeting-series/{id}")
    @Operation(summary = "One meeting series with its upcoming meetings and the last ones it held")
    HttpResponse<byte[]> series(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Put(value = "/meeting-series/{id}", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a series' cadence, times, members or lead times, from the next meeting planned",
            description = "PROJECT_MANAGER only.")
    HttpResponse<byte[]> changeSeries(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingSeries.class)))
            @Body @Nullable String series,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, series);
    }

    @Post("/meeting-series/{id}/close")
    @Operation(summary = "Close a series: no more meetings are planned", description = "PROJECT_MANAGER only.")
    HttpResponse<byte[]> closeSeries(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/meetings/{id}")
    @Operation(summary = "One meeting with its agenda items and minutes", description = "For the series' members.")
    HttpResponse<byte[]> meeting(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/meetings/{id}/agenda-items", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item to a meeting's agenda while it is open", description = "For the series' members.")
    @ApiResponse(responseCode = "409", description = "The agenda is closed")
    HttpResponse<byte[]> addAgendaItem(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaItem.class)))
            @Body @Nullable String item,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, item);
    }

    @Post("/meetings/{id}/cancel")
    @Operation(summary = "Cancel a meeting: its members are told", description = "PROJECT_MANAGER only.")
    HttpResponse<byte[]> cancelMeeting(@PathVariable UUID id, HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/meetings/{id}/move", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a meeting to a new day and time, with a reason: its open tasks close, members are told, "
            + "and the agenda call, agenda pack and minutes follow the new times", description = "PROJECT_MANAGER or the chair.")
    @ApiResponse(responseCode = "202", description = "The meeting with its new times",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @ApiResponse(responseCode = "403", description = "Neither a project manager nor the chair")
    @ApiResponse(responseCode = "409", description = "The meeting was held or cancelled, or the series has a meeting that day")
    HttpResponse<byte[]> moveMeeting(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingMove.class)))
            @Body @Nullable String move,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, move);
    }

    @Get("/decisions")
    @Operation(summary = "The decision log", description = "For members and the partnership-wide roles.")
    HttpResponse<byte[]> decisions(
            @Parameter(description = "The kind of group that decided", schema = @Schema(allowableValues = {"OPERATIONAL", "STEERING", "PERFORMANCE", "OTHER"}))
            @Nullable @QueryValue String group,
            @Parameter(description = "Decided on or after", schema = @Schema(type = "string", format = DATE)) @Nullable @QueryValue String from,
            @Parameter(description = "Decided on or before", schema = @Schema(type = "string", format = DATE)) @Nullable @QueryValue String to,
            @Parameter(description = "Organisation id", example = "hackney") @Nullable @QueryValue String borough,
            @Parameter(schema = @Schema(allowableValues = {"OPEN", "IMPLEMENTED", "SUPERSEDED"})) @Nullable @QueryValue String status,
            @Parameter(description = "Words to find in a decision's wording or rationale") @Nullable @QueryValue String q,
            @RequestBean Paging paging,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Get("/actions")
    @Operation(summary = "Actions agreed at meetings",
            description = "Those of the person's own borough, or of all boroughs for the partnership-wide roles.")
    HttpResponse<byte[]> actions(
            @Parameter(description = "Organisation id", example = "hackney") @Nullable @QueryValue String borough,
            @Parameter(description = "The owner, by person id") @Nullable @QueryValue String owner,
            @Nullable @QueryValue String status,
            @Parameter(description = "Only actions past their due date", schema = @Schema(type = "boolean")) @Nullable @QueryValue String overdue,
            @RequestBean Paging paging,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }

    @Post(value = "/actions/{id}/due-date", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an open action a new due date, with a reason kept in its history",
            description = "The owner, PROJECT_MANAGER, or a BOROUGH_LEAD of the action's borough. The owner's task, reminder "
                    + "and overdue escalation follow the new date.")
    @ApiResponse(responseCode = "403", description = "Neither the owner, a project manager nor the borough's lead")
    @ApiResponse(responseCode = "409", description = "The action is done")
    HttpResponse<byte[]> changeDueDate(
            @PathVariable UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DueDateChange.class)))
            @Body @Nullable String change,
            HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, change);
    }

    @Get("/steering/overview")
    @Operation(summary = "Open decisions, overdue actions by borough and owner, and meetings whose minutes are not approved",
            description = "PROJECT_MANAGER and STEERING_GROUP_MEMBER.")
    HttpResponse<byte[]> steeringOverview(HttpRequest<?> request, Authentication person) {
        return forward.forward(request, person, null);
    }
}
