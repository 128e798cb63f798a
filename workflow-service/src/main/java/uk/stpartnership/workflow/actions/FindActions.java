package uk.stpartnership.workflow.actions;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Actions as the meetings and the decision log show them: a meeting's, a series' open ones, a decision's follow-ups,
 * and the overdue counts. The callers decide who sees the meeting, series or decision they list them for.
 */
@Singleton
public class FindActions {

    /** Overdue actions counted per borough and owner. */
    @Serdeable
    public record OverdueCount(String borough, String owner, long overdue, LocalDate oldestDueDate) {
    }

    private final ActionRepository actions;

    FindActions(ActionRepository actions) {
        this.actions = actions;
    }

    public List<Action> ofMeeting(UUID meetingId) {
        return actions.ofMeeting(meetingId);
    }

    /** The follow-up actions of several decisions in one query. */
    public List<Action> ofDecisions(List<UUID> decisionIds) {
        return decisionIds.isEmpty() ? List.of() : actions.ofDecisions(decisionIds);
    }

    /** The series' open actions, soonest due first, at most limit of them. */
    public List<Action> openOfSeries(UUID seriesId, int limit) {
        return actions.openOfSeries(seriesId, limit);
    }

    public long countOpenOfSeries(UUID seriesId) {
        return actions.countOpenOfSeries(seriesId);
    }

    /** Escalated open actions not yet on the agenda of a steering meeting that still stands. */
    public List<Action> awaitingSteeringAgenda() {
        return actions.awaitingSteeringAgenda();
    }

    public Page<OverdueCount> overdueByBoroughAndOwner(LocalDate today, PageRequest page) {
        return Page.of(actions.overdueByBoroughAndOwner(today, page.pageable()));
    }
}
