package uk.stpartnership.workflow.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.listing.QueryValues;

@Controller("/internal/actions")
class ActionController {

    private final ListActions listActions;

    ActionController(ListActions listActions) {
        this.listActions = listActions;
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
