package uk.stpartnership.workflow.meetings;

import io.micronaut.serde.annotation.Serdeable;
import uk.stpartnership.workflow.actions.FindActions.OverdueCount;
import uk.stpartnership.workflow.decisions.DecisionView;
import uk.stpartnership.workflow.listing.Page;

/** What the steering group follows up: open decisions, who is behind with actions, minutes still to approve. */
@Serdeable
public record SteeringOverview(Page<DecisionView> openDecisions, Page<OverdueCount> overdueActions,
                               Page<MeetingSummary> minutesNotApproved) {
}
