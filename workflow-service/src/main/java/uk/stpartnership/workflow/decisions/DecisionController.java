package uk.stpartnership.workflow.decisions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;
import uk.stpartnership.workflow.listing.QueryValues;
import uk.stpartnership.workflow.governance.Group;

@Controller("/internal/decisions")
class DecisionController {

    private final SearchDecisions searchDecisions;

    DecisionController(SearchDecisions searchDecisions) {
        this.searchDecisions = searchDecisions;
    }

    @Get
    Page<DecisionView> search(Actor actor, @Nullable @QueryValue String group, @Nullable @QueryValue String from,
                              @Nullable @QueryValue String to, @Nullable @QueryValue String borough, @Nullable @QueryValue String status,
                              @Nullable @QueryValue String q, @QueryValue(defaultValue = "0") int page,
                              @QueryValue(defaultValue = "20") int size) {
        DecisionFilter filter = new DecisionFilter(QueryValues.enumValue("group", group, Group.class), QueryValues.date("from", from),
                QueryValues.date("to", to), QueryValues.text(borough), QueryValues.enumValue("status", status, Decision.Status.class),
                QueryValues.text(q));
        return searchDecisions.search(actor, filter, new PageRequest(page, size));
    }
}
