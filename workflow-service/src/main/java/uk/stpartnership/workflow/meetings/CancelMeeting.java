package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;

import java.util.UUID;

/**
 * The project manager calls a planned meeting off. The meeting's process does the rest (cancel-meeting closes its
 * tasks and marks it cancelled; members are told), so the answer is "accepted" with the meeting as it stands.
 */
@Singleton
public class CancelMeeting {

    private static final Logger LOG = LoggerFactory.getLogger(CancelMeeting.class);

    private final ViewMeeting viewMeeting;
    private final GovernanceProcesses processes;
    private final AuditLog auditLog;

    public CancelMeeting(ViewMeeting viewMeeting, GovernanceProcesses processes, AuditLog auditLog) {
        this.viewMeeting = viewMeeting;
        this.processes = processes;
        this.auditLog = auditLog;
    }

    public MeetingView cancel(Actor actor, UUID id) {
        Meeting meeting = viewMeeting.visible(actor, id);
        Access.requireProjectManager(actor, "Only project managers cancel meetings");
        if (meeting.status() != Meeting.Status.PLANNED) {
            throw ProblemException.conflict("This meeting is " + meeting.status().name().toLowerCase() + " and can no longer be cancelled");
        }
        processes.meetingCancelled(id);
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("meeting", id.toString(), null));
        LOG.info("Meeting {} ({}) cancelled by {}", id, meeting.title(), actor.id());
        return viewMeeting.view(meeting);
    }
}
