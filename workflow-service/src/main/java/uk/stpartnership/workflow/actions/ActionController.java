package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.ProblemAnswers.ConflictAnswer;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;
import uk.stpartnership.workflow.listing.QueryValues;

import java.util.UUID;

@Controller("/internal/actions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Actions", description = "Actions agreed at meetings, with their reminders and escalations")
@ProblemAnswers
class ActionController {

    private final ListActions listActions;
    private final ChangeDueDate changeDueDate;

    ActionController(ListActions listActions, ChangeDueDate changeDueDate) {
        this.listActions = listActions;
        this.changeDueDate = changeDueDate;
    }

    /** The action with its history; its process replaces the owner's task and timers with ones for the new date. */
    @Post("/{id}/due-date")
    @Operation(operationId = "changeActionDueDate", summary = "Give an open action a new due date, with a reason kept in its history",
            description = "The owner, PROJECT_MANAGER, or a BOROUGH_LEAD of the action's borough. The owner's task, reminder and "
                    + "escalation follow the new date.")
    @ConflictAnswer
    ActionView changeDueDate(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @Body ChangeDueDateRequest request) {
        return changeDueDate.change(actor, id, request);
    }

    @Get("/{id}")
    @Operation(operationId = "viewAction", summary = "One action with its history",
            description = "Of the person's own borough or their own, or any for the partnership-wide roles.")
    ActionView one(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return listActions.one(actor, id);
    }

    @Get
    @Operation(operationId = "listActions", summary = "Actions agreed at meetings",
            description = "Those of the person's own borough, or of all boroughs for the partnership-wide roles.")
    Page<ActionView> list(@Parameter(hidden = true) Actor actor, @Parameter(description = "Organisation id", example = "hackney") @Nullable @QueryValue String borough,
                          @Parameter(description = "The owner, by person id") @Nullable @QueryValue String owner,
                          @Parameter(schema = @Schema(implementation = Action.Status.class)) @Nullable @QueryValue String status,
                          @Parameter(description = "Only actions past their due date") @Nullable @QueryValue Boolean overdue,
                          @RequestBean Paging paging) {
        ActionFilter filter = new ActionFilter(QueryValues.text(borough), QueryValues.text(owner),
                QueryValues.enumValue("status", status, Action.Status.class), overdue);
        return listActions.list(actor, filter, paging.request());
    }
}
