package uk.stpartnership.workflow.decisions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;
import uk.stpartnership.workflow.listing.QueryValues;
import uk.stpartnership.workflow.governance.Group;

import java.util.UUID;

@Controller("/internal/decisions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Decision log", description = "Every decision the partnership's groups made, searchable")
@ProblemAnswers
class DecisionController {

    private final SearchDecisions searchDecisions;

    DecisionController(SearchDecisions searchDecisions) {
        this.searchDecisions = searchDecisions;
    }

    @Get("/{id}")
    @Operation(operationId = "viewDecision", summary = "One decision of the log with its follow-up actions",
            description = "For members and the partnership-wide roles.")
    DecisionView one(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return searchDecisions.one(actor, id);
    }

    @Get
    @Operation(operationId = "searchDecisions", summary = "The decision log", description = "For members and the partnership-wide roles.")
    Page<DecisionView> search(@Parameter(hidden = true) Actor actor,
                              @Parameter(description = "The kind of group that decided", schema = @Schema(implementation = Group.class))
                              @Nullable @QueryValue String group,
                              @Parameter(description = "Decided on or after", schema = @Schema(format = "date")) @Nullable @QueryValue String from,
                              @Parameter(description = "Decided on or before", schema = @Schema(format = "date")) @Nullable @QueryValue String to,
                              @Parameter(description = "Organisation id", example = "hackney") @Nullable @QueryValue String borough,
                              @Parameter(schema = @Schema(implementation = Decision.Status.class)) @Nullable @QueryValue String status,
                              @Parameter(description = "Words to find in a decision's wording or rationale") @Nullable @QueryValue String q,
                              @RequestBean Paging paging) {
        DecisionFilter filter = new DecisionFilter(QueryValues.enumValue("group", group, Group.class), QueryValues.date("from", from),
                QueryValues.date("to", to), QueryValues.text(borough), QueryValues.enumValue("status", status, Decision.Status.class),
                QueryValues.text(q));
        return searchDecisions.search(actor, filter, paging.request());
    }
}
