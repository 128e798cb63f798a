package uk.stpartnership.workflow.meetings;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member puts an item on a meeting's agenda while it is open (until it closes or the pack goes out). */
@Singleton
public class AddAgendaItem {

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final ViewMeeting viewMeeting;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    public AddAgendaItem(MeetingRepository meetings, AgendaRepository agenda, ViewMeeting viewMeeting, RequestValidator validator,
                         AuditLog auditLog, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.viewMeeting = viewMeeting;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public AgendaItem add(Actor actor, UUID meetingId, AgendaItemRequest request) {
        viewMeeting.visible(actor, meetingId);
        validator.check(request);
        // The lock keeps positions unique and the agenda from closing while the item goes on.
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow();
        Instant now = Instant.now(clock);
        if (!meeting.agendaOpen(now)) {
            throw ProblemException.conflict("The agenda of this meeting is closed");
        }
        AgendaItem item = agenda.add(new AgendaItem(UUID.randomUUID(), meetingId, 0, request.title().strip(), request.purpose(),
                request.papers() == null ? List.of() : request.papers(),
                request.owner() == null || request.owner().isBlank() ? actor.id() : request.owner().strip(), actor.id(), now, null, null));
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("meeting", meetingId.toString(), null));
        return item;
    }
}
