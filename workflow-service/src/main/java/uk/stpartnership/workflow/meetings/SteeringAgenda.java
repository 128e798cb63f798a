package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.ActionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Overdue actions go to the steering group: onto the agenda of its next meeting whose agenda is still open, or,
 * when none is planned yet, onto the next one planned. Callers hold a transaction.
 */
@Singleton
public class SteeringAgenda {

    /** Who the records name for what the escalation does (the agenda item, the action's history). */
    public static final String BY = "escalation";

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final ActionRepository actions;
    private final Clock clock;

    public SteeringAgenda(MeetingRepository meetings, AgendaRepository agenda, ActionRepository actions, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.clock = clock;
    }

    /** The steering meeting the action now is on the agenda of; empty when it waits for one to be planned. */
    public Optional<Meeting> escalate(Action action) {
        Optional<Meeting> next = meetings.nextSteeringMeetingWithOpenAgenda(Instant.now(clock));
        next.ifPresent(meeting -> agenda.add(itemFor(action, meeting.id())));
        return next;
    }

    /** Puts the escalated actions that wait for a steering meeting on this one's agenda (the caller holds its lock). */
    void attachWaitingActions(Meeting steeringMeeting) {
        List<Action> waiting = actions.awaitingSteeringAgenda();
        waiting.forEach(action -> agenda.add(itemFor(action, steeringMeeting.id())));
    }

    private AgendaItem itemFor(Action action, UUID meetingId) {
        String title = "Overdue action: " + action.title() + " (" + action.owner() + ", " + action.borough() + ", due " + action.dueDate() + ")";
        return new AgendaItem(UUID.randomUUID(), meetingId, 0, title, AgendaItem.Purpose.DECISION, List.of(), action.owner(),
                BY, Instant.now(clock), action.id(), null);
    }
}
