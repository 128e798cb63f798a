package uk.stpartnership.workflow.meetings;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.audits.Findings;
import uk.stpartnership.workflow.audits.FindingsAgenda;
import uk.stpartnership.workflow.audits.FindingsAwaitingAgenda;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case-audit round's signed-off findings go to the operational group, for information: onto the agenda of its next
 * meeting whose agenda is still open, or, when none is planned yet, onto the next one planned. Callers hold a
 * transaction.
 */
@Singleton
class OperationalAgenda implements FindingsAgenda {

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final FindingsAwaitingAgenda awaiting;
    private final Clock clock;

    OperationalAgenda(MeetingRepository meetings, AgendaRepository agenda, FindingsAwaitingAgenda awaiting, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.awaiting = awaiting;
        this.clock = clock;
    }

    @Override
    public Optional<UUID> put(Findings findings) {
        Optional<Meeting> next = meetings.nextOperationalMeetingWithOpenAgenda(Instant.now(clock));
        next.ifPresent(meeting -> agenda.add(itemFor(findings, meeting.id())));
        return next.map(Meeting::id);
    }

    /** Puts the findings that wait for an operational meeting on this one's agenda (the caller holds its lock). */
    void attachWaitingFindings(Meeting operationalMeeting) {
        List<Findings> waiting = awaiting.awaiting();
        waiting.stream().filter(findings -> awaiting.putOn(findings.roundId(), operationalMeeting.id()))
                .forEach(findings -> agenda.add(itemFor(findings, operationalMeeting.id())));
    }

    private AgendaItem itemFor(Findings findings, UUID meetingId) {
        return new AgendaItem(UUID.randomUUID(), meetingId, 0, findings.agendaTitle(), AgendaItem.Purpose.INFORMATION, List.of(), null,
                BY, Instant.now(clock), null, null);
    }
}
