package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The project manager refers an operational group's agenda item to the steering group: it goes on the next
 * steering meeting whose agenda is open, with its papers, named after where it came from and linked back to it.
 * Referring the same item again answers the item already there.
 */
@Singleton
public class ReferAgendaItem {

    private final ViewMeeting viewMeeting;
    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final AuditLog auditLog;
    private final Clock clock;

    public ReferAgendaItem(ViewMeeting viewMeeting, MeetingRepository meetings, AgendaRepository agenda, AuditLog auditLog, Clock clock) {
        this.viewMeeting = viewMeeting;
        this.meetings = meetings;
        this.agenda = agenda;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public AgendaItem refer(Actor actor, UUID meetingId, UUID itemId) {
        Meeting from = viewMeeting.visible(actor, meetingId);
        AgendaItem item = agenda.of(meetingId).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Agenda item"));
        Access.requireProjectManager(actor, "Only the project manager refers an item to the steering group");
        if (from.group() != Group.OPERATIONAL) {
            throw ProblemException.conflict("Only the operational group's items are referred to the steering group");
        }
        Instant now = Instant.now(clock);
        Meeting steering = meetings.nextSteeringMeetingWithOpenAgenda(now)
                .orElseThrow(() -> ProblemException.conflict("No steering group meeting with an open agenda is planned yet"));
        // The steering meeting's lock keeps agenda positions unique and one referral per item.
        meetings.findForUpdate(steering.id());
        AgendaItem referred = agenda.referral(steering.id(), itemId).orElseGet(() -> agenda.add(new AgendaItem(
                UUID.randomUUID(), steering.id(), 0, "Referred by the " + from.describe() + ": " + item.title(), item.purpose(),
                item.papers(), item.owner(), actor.id(), now, null, item.id())));
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("meeting", steering.id().toString(), null));
        return referred;
    }
}
