package uk.stpartnership.workflow.decisions;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.ActionRepository;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The decision log, newest first: decisions of the series a person may see (all for partnership-wide roles),
 * each with its follow-up actions. Two queries and a count per page, whatever its size.
 */
@Singleton
public class SearchDecisions {

    private final DecisionRepository decisions;
    private final ActionRepository actions;

    public SearchDecisions(DecisionRepository decisions, ActionRepository actions) {
        this.decisions = decisions;
        this.actions = actions;
    }

    public Page<DecisionView> search(Actor actor, DecisionFilter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.badField("to", "must not be before from");
        }
        List<DecisionRepository.Logged> found = decisions.search(filter, actor, page);
        Map<UUID, List<Action>> followUps = actions.ofDecisions(found.stream().map(logged -> logged.decision().id()).toList()).stream()
                .collect(Collectors.groupingBy(Action::decisionId));
        return Page.of(found.stream().map(logged -> DecisionView.of(logged, followUps.getOrDefault(logged.decision().id(), List.of()))).toList(),
                page, decisions.count(filter, actor));
    }
}
