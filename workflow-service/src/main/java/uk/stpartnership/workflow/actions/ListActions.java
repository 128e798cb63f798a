package uk.stpartnership.workflow.actions;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Actions, soonest due first. A person sees their borough's actions and their own; partnership-wide roles see all.
 * Two queries and a count per page, whatever its size.
 */
@Singleton
public class ListActions {

    private final ActionRepository actions;
    private final BoroughCalendars calendars;

    ListActions(ActionRepository actions, BoroughCalendars calendars) {
        this.actions = actions;
        this.calendars = calendars;
    }

    /** One action the person may see (as the list decides), with its history; any other is not found. */
    public ActionView one(Actor actor, UUID id) {
        Action found = actions.findById(id)
                .filter(a -> actor.seesAcrossBoroughs() || a.borough().equals(actor.organisation()) || a.owner().equals(actor.id()))
                .orElseThrow(() -> ProblemException.notFound("Action"));
        return ActionView.of(found, calendars.today(), actions.historyOf(List.of(id)));
    }

    public Page<ActionView> list(Actor actor, ActionFilter filter, PageRequest page) {
        LocalDate today = calendars.today();
        var found = actions.list(actor.seesAcrossBoroughs(), actor.organisation(), actor.id(), filter.borough(), filter.owner(),
                filter.status(), filter.overdue(), today, page.pageable());
        List<UUID> ids = found.getContent().stream().map(Action::id).toList();
        Map<UUID, List<ActionHistory>> history = ids.isEmpty() ? Map.of()
                : actions.historyOf(ids).stream().collect(Collectors.groupingBy(ActionHistory::actionId));
        return Page.of(found, a -> ActionView.of(a, today, history.getOrDefault(a.id(), List.of())));
    }
}
