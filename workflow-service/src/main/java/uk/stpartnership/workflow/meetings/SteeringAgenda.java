package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.FindActions;
import uk.stpartnership.workflow.actions.SteeringEscalation;
import uk.stpartnership.workflow.audits.FollowUpSteering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Overdue actions go to the steering group: onto the agenda of its next meeting whose agenda is still open, or,
 * when none is planned yet, onto the next one planned. So do missed case-audit follow-ups, once per meeting (the
 * audits feature keeps which meetings had one). Callers hold a transaction.
 */
@Singleton
class SteeringAgenda implements SteeringEscalation, FollowUpSteering {

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final FindActions actions;
    private final Clock clock;

    SteeringAgenda(MeetingRepository meetings, AgendaRepository agenda, FindActions actions, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public Optional<String> escalate(Action action) {
        Optional<Meeting> next = meetings.nextSteeringMeetingWithOpenAgenda(Instant.now(clock));
        next.ifPresent(meeting -> agenda.add(itemFor(action, meeting.id())));
        return next.map(Meeting::describe);
    }

    @Override
    public Optional<SteeringMeeting> nextOpenMeeting() {
        return meetings.nextSteeringMeetingWithOpenAgenda(Instant.now(clock))
                .map(meeting -> new SteeringMeeting(meeting.id(), meeting.date(), meeting.describe()));
    }

    @Override
    public void addItem(UUID meetingId, String title) {
        agenda.add(new AgendaItem(UUID.randomUUID(), meetingId, 0, title, AgendaItem.Purpose.DECISION, List.of(), null,
                FollowUpSteering.BY, Instant.now(clock), null, null));
    }

    /** Puts the escalated actions that wait for a steering meeting on this one's agenda (the caller holds its lock). */
    void attachWaitingActions(Meeting steeringMeeting) {
        List<Action> waiting = actions.awaitingSteeringAgenda();
        waiting.forEach(action -> agenda.add(itemFor(action, steeringMeeting.id())));
    }

    private AgendaItem itemFor(Action action, UUID meetingId) {
        String title = "Overdue action: " + action.title() + " (" + action.owner() + ", " + action.borough() + ", due " + action.dueDate() + ")";
        return new AgendaItem(UUID.randomUUID(), meetingId, 0, title, AgendaItem.Purpose.DECISION, List.of(), action.owner(),
                SteeringEscalation.BY, Instant.now(clock), action.id(), null);
    }
}
