package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;

import java.util.UUID;

/** Case audits (docs/CASE-AUDITS.md). Bodies are read and validated inside the use cases, after the person's right to send them. */
@Controller("/internal/audits")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Case audits", description = "The audit tool's versions; rounds with their cohort and sample and a baseline's follow-up; their findings and the year's summary")
@ProblemAnswers
class CaseAuditController {

    private static final String ROUND_ACCESS = " PROJECT_MANAGER every round; IMPLEMENTATION_LEAD and BOROUGH_LEAD the rounds taking"
            + " their borough's cases, whole; an auditor or moderator the rounds they are in, with their own cases only;"
            + " EVALUATOR and anyone else: 404. Every read of a round is audited.";

    private static final String FINDINGS_ACCESS = " As the round, and EVALUATOR: aggregates only, small counts withheld."
            + " Every read is audited.";

    private final ListAuditTools listTools;
    private final ReviseAuditTool reviseTool;
    private final PlanAuditRound planRound;
    private final UploadCohort uploadCohort;
    private final ViewAuditRounds viewRounds;
    private final CancelFollowUp cancelFollowUp;
    private final ReportRoundFindings reportFindings;
    private final ReportAuditSummary reportSummary;

    CaseAuditController(ListAuditTools listTools, ReviseAuditTool reviseTool, PlanAuditRound planRound, UploadCohort uploadCohort,
                        ViewAuditRounds viewRounds, CancelFollowUp cancelFollowUp, ReportRoundFindings reportFindings,
                        ReportAuditSummary reportSummary) {
        this.listTools = listTools;
        this.reviseTool = reviseTool;
        this.planRound = planRound;
        this.uploadCohort = uploadCohort;
        this.viewRounds = viewRounds;
        this.cancelFollowUp = cancelFollowUp;
        this.reportFindings = reportFindings;
        this.reportSummary = reportSummary;
    }

    @Get("/rounds")
    @Operation(operationId = "listAuditRounds", summary = "Audit rounds, newest first (without their cases)", description = ROUND_ACCESS)
    Page<RoundView> rounds(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return viewRounds.list(actor, paging.request());
    }

    @Post("/rounds")
    @Operation(operationId = "planAuditRound", summary = "Plan an audit round: its cohort, sample size, tool version, auditors, moderators and due date",
            description = "IMPLEMENTATION_LEAD of the borough (its own cases) or PROJECT_MANAGER (any boroughs). The seed is drawn and kept.")
    @Status(HttpStatus.CREATED)
    RoundView plan(@Parameter(hidden = true) Actor actor,
                   @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoundRequest.class)))
                   @Body @Nullable UncheckedBody<RoundRequest> round) {
        return planRound.plan(actor, round);
    }

    @Get("/rounds/{id}")
    @Operation(operationId = "viewAuditRound", summary = "An audit round with the sampled cases the person may see", description = ROUND_ACCESS)
    RoundView round(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return viewRounds.view(actor, id);
    }

    @Post("/rounds/{id}/cohort")
    @ConflictAnswer
    @Operation(operationId = "uploadAuditCohort", summary = "Upload the round's cohort file and draw its sample",
            description = "IMPLEMENTATION_LEAD of the round's borough or PROJECT_MANAGER. The file's text (CSV of case references,"
                    + " docs/CASE-AUDITS.md); a file about people is refused whole. Once drawn the sample stays: 409 after.")
    RoundView uploadCohort(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                           @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CohortUpload.class)))
                           @Body @Nullable UncheckedBody<CohortUpload> cohort) {
        return uploadCohort.upload(actor, id, cohort);
    }

    @Post("/rounds/{id}/follow-up/cancellation")
    @ConflictAnswer
    @Operation(operationId = "cancelAuditFollowUp", summary = "Cancel the follow-up a baseline round promised, by a decision of the decision log",
            description = "PROJECT_MANAGER; a round the person cannot see is 404. The decision must be in the decision log (400 naming"
                    + " decisionId otherwise); a follow-up that has started, or was cancelled, is 409. The steering group is told no more.")
    RoundView cancelFollowUp(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                             @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FollowUpCancellation.class)))
                             @Body @Nullable UncheckedBody<FollowUpCancellation> cancellation) {
        return cancelFollowUp.cancel(actor, id, cancellation);
    }

    @Get("/rounds/{id}/findings")
    @Operation(operationId = "auditRoundFindings", summary = "A round's findings: per criterion, by the allocated worker's training,"
            + " agreement, and for a follow-up the change from its baseline", description = FINDINGS_ACCESS)
    RoundFindings findings(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return reportFindings.report(actor, id);
    }

    @Get(value = "/rounds/{id}/findings.csv", produces = "text/csv")
    @Operation(operationId = "auditRoundFindingsCsv", summary = "A round's findings as CSV: a row per criterion, and per criterion and"
            + " training status; no case reference", description = FINDINGS_ACCESS)
    HttpResponse<String> findingsCsv(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        RoundFindings findings = reportFindings.report(actor, id);
        return HttpResponse.ok(FindingsCsv.of(findings)).contentType("text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + findings.reference() + "-findings.csv\"");
    }

    @Get("/summary")
    @Operation(operationId = "auditSummary", summary = "The year's rounds across the boroughs: sample, share met per criterion, kappa",
            description = "PROJECT_MANAGER, IMPLEMENTATION_LEAD, BOROUGH_LEAD, STEERING_GROUP_MEMBER and EVALUATOR (small counts"
                    + " withheld): every borough; anyone else: 404. A page of rounds, by borough.")
    AuditSummary summary(@Parameter(hidden = true) Actor actor,
                         @Parameter(description = "The calendar year the rounds were planned in",
                                 schema = @Schema(type = "integer", minimum = "2000", maximum = "2100", example = "2026"))
                         @QueryValue int year,
                         @RequestBean Paging paging) {
        return reportSummary.summary(actor, year, paging.request());
    }

    @Get("/tools")
    @Operation(operationId = "listAuditTools", summary = "The audit tool's versions with their criteria, newest first", description = "Anyone signed in.")
    Page<AuditToolView> tools(@RequestBean Paging paging) {
        return listTools.list(paging.request());
    }

    @Get("/tools/{id}")
    @Operation(operationId = "viewAuditTool", summary = "A version of the audit tool with its criteria", description = "Anyone signed in.")
    AuditToolView tool(@PathVariable UUID id) {
        return listTools.view(id);
    }

    @Post("/tools/{id}/versions")
    @Operation(operationId = "reviseAuditTool", summary = "Make a new version of the tool from this version",
            description = "PROJECT_MANAGER or IMPLEMENTATION_LEAD. Each criterion may name the criterion of this version it continues.")
    @Status(HttpStatus.CREATED)
    AuditToolView revise(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AuditToolRevision.class)))
                         @Body @Nullable UncheckedBody<AuditToolRevision> revision) {
        return reviseTool.revise(actor, id, revision);
    }
}
