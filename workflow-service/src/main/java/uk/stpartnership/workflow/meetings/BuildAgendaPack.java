package uk.stpartnership.workflow.meetings;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agenda pack: the agenda as text, with the chair's note, and the invitation. The build-agenda-pack job closes the
 * agenda; the pack is put together when its email is sent (MeetingLetters), so none of its texts is a process variable.
 * The closing time stamps the invitation, so the same pack comes out every time.
 */
@Singleton
public class BuildAgendaPack {

    /** What the agenda-pack email carries. */
    public record AgendaPack(String agendaSummary, String icalendar) {
    }

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final String calendarDomain;
    private final Clock clock;

    public BuildAgendaPack(MeetingRepository meetings, AgendaRepository agenda,
                           @Value("${governance.calendar-domain}") String calendarDomain, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.calendarDomain = calendarDomain;
        this.clock = clock;
    }

    /** Closes the agenda; closing it again changes nothing. */
    @Transactional
    public void close(UUID meetingId) {
        meetings.findForUpdate(meetingId).orElseThrow(() -> new UnrecoverableJobFailure("No meeting " + meetingId));
        meetings.markAgendaPackSent(meetingId, Instant.now(clock));
    }

    /** Empty until the agenda is closed. */
    public Optional<AgendaPack> pack(Meeting meeting) {
        if (meeting.agendaPackAt() == null) {
            return Optional.empty();
        }
        String summary = summary(agenda.of(meeting.id())) + meetings.agendaNote(meeting.id()).map(note -> "\n\nFrom the chair: " + note).orElse("");
        return Optional.of(new AgendaPack(summary, AgendaInvitation.of(meeting, summary, calendarDomain, meeting.agendaPackAt())));
    }

    /** The agenda as the record-meeting task shows it. */
    public String summary(UUID meetingId) {
        return summary(agenda.of(meetingId));
    }

    static String summary(List<AgendaItem> items) {
        if (items.isEmpty()) {
            return "No items on the agenda";
        }
        StringBuilder text = new StringBuilder();
        for (AgendaItem item : items) {
            text.append(item.position()).append(". ").append(item.title())
                    .append(" (").append(item.purpose().name().toLowerCase()).append(", ").append(item.owner()).append(")\n");
            if (!item.papers().isEmpty()) {
                text.append("   Papers: ").append(String.join(" ", item.papers())).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }
}
