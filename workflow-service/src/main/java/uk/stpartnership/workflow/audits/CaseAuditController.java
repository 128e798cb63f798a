package uk.stpartnership.workflow.audits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;

import java.util.UUID;

/** Case audits (docs/CASE-AUDITS.md). Bodies are read and validated inside the use cases, after the person's right to send them. */
@Controller("/internal/audits")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Case audits", description = "The audit tool's versions; rounds, sampling, moderation and findings to come")
@ProblemAnswers
class CaseAuditController {

    private final ListAuditTools listTools;
    private final ReviseAuditTool reviseTool;

    CaseAuditController(ListAuditTools listTools, ReviseAuditTool reviseTool) {
        this.listTools = listTools;
        this.reviseTool = reviseTool;
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
