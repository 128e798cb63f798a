package uk.stpartnership.workflow.meetings;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.actions.FindActions;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.decisions.Decision;
import uk.stpartnership.workflow.decisions.DecisionFilter;
import uk.stpartnership.workflow.decisions.SearchDecisions;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The steering overview, for the project manager and steering group members; each list is paged on its own. */
@Singleton
public class ViewSteeringOverview {

    private final SearchDecisions searchDecisions;
    private final FindActions actions;
    private final MeetingRepository meetings;
    private final BoroughCalendars calendars;
    private final Clock clock;

    public ViewSteeringOverview(SearchDecisions searchDecisions, FindActions actions, MeetingRepository meetings,
                                BoroughCalendars calendars, Clock clock) {
        this.searchDecisions = searchDecisions;
        this.actions = actions;
        this.meetings = meetings;
        this.calendars = calendars;
        this.clock = clock;
    }

    public SteeringOverview view(Actor actor, PageRequest decisionsPage, PageRequest actionsPage, PageRequest meetingsPage) {
        if (!actor.holdsAny(Role.PROJECT_MANAGER, Role.STEERING_GROUP_MEMBER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "The steering overview is for the project manager and steering group members");
        }
        LocalDate today = calendars.today();
        Instant now = Instant.now(clock);
        return new SteeringOverview(
                searchDecisions.search(actor, new DecisionFilter(null, null, null, null, Decision.Status.OPEN, null), decisionsPage),
                actions.overdueByBoroughAndOwner(today, actionsPage),
                Page.of(meetings.minutesNotApproved(now, meetingsPage.pageable()), m -> MeetingSummary.of(m, now)));
    }
}
