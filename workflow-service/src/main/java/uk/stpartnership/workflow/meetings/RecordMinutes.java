package uk.stpartnership.workflow.meetings;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;
import uk.stpartnership.workflow.actions.Action;
import uk.stpartnership.workflow.actions.FindActions;
import uk.stpartnership.workflow.actions.RecordAgreedActions;
import uk.stpartnership.workflow.decisions.Decision;
import uk.stpartnership.workflow.decisions.RecordDecisions;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the minutes: attendance, the typed outcomes, a decision in the log for each decision (OPEN until its
 * follow-up actions are done, IMPLEMENTED at once without any), and the actions. They are kept in the transaction that
 * saves the chair's completion of record-meeting, since none of it goes to the process; the record-minutes job then
 * starts the actions' processes from what is kept. Minutes are kept once.
 */
@Singleton
public class RecordMinutes {

    private static final Logger LOG = LoggerFactory.getLogger(RecordMinutes.class);

    /** The minutes as kept, and the actions they agreed. */
    public record Recorded(Meeting meeting, boolean quorumMet, List<Action> actions) {
    }

    private final MeetingRepository meetings;
    private final OutcomeRepository outcomes;
    private final RecordDecisions decisions;
    private final RecordAgreedActions actions;
    private final FindActions agreedActions;
    private final Clock clock;

    public RecordMinutes(MeetingRepository meetings, OutcomeRepository outcomes, RecordDecisions decisions, RecordAgreedActions actions,
                         FindActions agreedActions, Clock clock) {
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.actions = actions;
        this.agreedActions = agreedActions;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        if (GovernanceForms.RECORD_MEETING.equals(completed.task().kind())) {
            record(UUID.fromString((String) completed.task().context().get("meetingId")), MinutesInput.from(completed.answers()),
                    completed.completedBy().id());
        }
    }

    /** The minutes as kept; a job that finds none is a defect (the task was completed without them). */
    public Recorded recorded(UUID meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new UnrecoverableJobFailure("No meeting " + meetingId));
        if (meeting.minutesRecordedAt() == null) {
            throw new UnrecoverableJobFailure("The minutes of meeting " + meetingId + " were not kept when its task was completed");
        }
        return new Recorded(meeting, Boolean.TRUE.equals(meeting.quorumMet()), agreedActions.ofMeeting(meetingId));
    }

    /** In the completing transaction (or RecordPastMeeting's); a completion saved again finds the minutes kept. */
    Recorded record(UUID meetingId, MinutesInput minutes, String recordedBy) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(() -> new IllegalStateException("No meeting " + meetingId));
        if (meeting.minutesRecordedAt() != null) {
            LOG.info("Minutes of meeting {} were already recorded", meetingId);
            return recorded(meetingId);
        }
        Instant now = Instant.now(clock);
        for (int position = 0; position < minutes.outcomes().size(); position++) {
            MinutesInput.OutcomeInput outcome = minutes.outcomes().get(position);
            UUID decisionId = outcome.type() == Outcome.Type.DECISION ? decide(meeting, outcome, now) : null;
            UUID outcomeId = UUID.randomUUID();
            outcomes.save(new Outcome(outcomeId, meetingId, position, outcome.agendaItemId(), outcome.type(), outcome.wording(),
                    outcome.rationale(), decisionId));
            for (MinutesInput.ActionInput agreed : outcome.actions()) {
                Action action = new Action(UUID.randomUUID(), meetingId, meeting.seriesId(), outcomeId, decisionId, agreed.title(),
                        agreed.owner(), agreed.borough(), agreed.dueDate(), Action.Status.OPEN, false, now, null, null, null);
                actions.record(action, recordedBy, "Agreed at the " + meeting.describe());
            }
        }
        boolean quorumMet = minutes.attendees().size() >= meeting.quorum();
        meetings.markHeld(meetingId, minutes.attendees(), quorumMet, recordedBy, now);
        Recorded recorded = recorded(meetingId);
        LOG.info("Minutes of meeting {} recorded: {} outcomes, {} actions, quorum {}", meetingId, minutes.outcomes().size(),
                recorded.actions().size(), quorumMet ? "met" : "not met");
        return recorded;
    }

    private UUID decide(Meeting meeting, MinutesInput.OutcomeInput outcome, Instant now) {
        UUID id = UUID.randomUUID();
        boolean implemented = outcome.actions().isEmpty();
        decisions.record(new Decision(id, meeting.id(), meeting.seriesId(), meeting.group(), meeting.organisation(), meeting.date(),
                outcome.wording(), outcome.rationale(), implemented ? Decision.Status.IMPLEMENTED : Decision.Status.OPEN,
                outcome.supersedes(), null, implemented ? now : null, now));
        return id;
    }
}
