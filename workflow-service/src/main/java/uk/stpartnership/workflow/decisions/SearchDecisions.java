package uk.stpartnership.workflow.decisions;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.FindActions;
import uk.stpartnership.workflow.governance.SeriesVisibility;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The decision log, newest first: decisions of the series a person may see (all for partnership-wide roles),
 * each with its meeting's title and its follow-up actions. Three queries and a count per page, whatever its size.
 */
@Singleton
public class SearchDecisions {

    private final DecisionRepository decisions;
    private final FindActions actions;

    SearchDecisions(DecisionRepository decisions, FindActions actions) {
        this.decisions = decisions;
        this.actions = actions;
    }

    /** One decision of a series the person may see, with its follow-up actions; any other is not found. */
    public DecisionView one(Actor actor, UUID id) {
        Decision found = decisions.findVisible(id, actor.seesAcrossBoroughs(), actor.id(), actor.organisation(), SeriesVisibility.roles(actor))
                .orElseThrow(() -> ProblemException.notFound("Decision"));
        String meetingTitle = decisions.meetingTitles(List.of(found.meetingId())).stream().findFirst()
                .map(DecisionRepository.MeetingTitle::title).orElse(null);
        return DecisionView.of(found, meetingTitle, actions.ofDecisions(List.of(id)));
    }

    /** Whether the decision log holds this decision and the person may see it (another feature's check of a decision it is given). */
    public boolean exists(Actor actor, UUID id) {
        return decisions.findVisible(id, actor.seesAcrossBoroughs(), actor.id(), actor.organisation(), SeriesVisibility.roles(actor)).isPresent();
    }

    public Page<DecisionView> search(Actor actor, DecisionFilter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.badField("to", "must not be before from");
        }
        var found = decisions.search(actor.seesAcrossBoroughs(), actor.id(), actor.organisation(), SeriesVisibility.roles(actor),
                filter.group(), filter.from(), filter.to(), filter.borough(), filter.status(), filter.q(), page.pageable());
        List<UUID> ids = found.getContent().stream().map(Decision::id).toList();
        Map<UUID, List<Action>> followUps = actions.ofDecisions(ids).stream().collect(Collectors.groupingBy(Action::decisionId));
        Map<UUID, String> meetingTitles = found.getContent().isEmpty() ? Map.of()
                : decisions.meetingTitles(found.getContent().stream().map(Decision::meetingId).distinct().toList()).stream()
                        .collect(Collectors.toMap(DecisionRepository.MeetingTitle::id, DecisionRepository.MeetingTitle::title));
        return Page.of(found, decision -> DecisionView.of(decision, meetingTitles.get(decision.meetingId()),
                followUps.getOrDefault(decision.id(), List.of())));
    }
}
