package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.listing.QueryValues;

import java.util.UUID;

@Controller("/internal/actions")
class ActionController {

    private final ListActions listActions;
    private final ChangeDueDate changeDueDate;

    ActionController(ListActions listActions, ChangeDueDate changeDueDate) {
        this.listActions = listActions;
        this.changeDueDate = changeDueDate;
    }

    /** The action with its history; its process replaces the owner's task and timers with ones for the new date. */
    @Post("/{id}/due-date")
    ActionView changeDueDate(Actor actor, @PathVariable UUID id, @Body ChangeDueDateRequest request) {
        return changeDueDate.change(actor, id, request);
    }

    @Get
    Page<ActionView> list(Actor actor, @Nullable @QueryValue String borough, @Nullable @QueryValue String owner,
                          @Nullable @QueryValue String status, @Nullable @QueryValue Boolean overdue,
                          @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        ActionFilter filter = new ActionFilter(QueryValues.text(borough), QueryValues.text(owner),
                QueryValues.enumValue("status", status, Action.Status.class), overdue);
        return listActions.list(actor, filter, new PageRequest(page, size));
    }
}
