package uk.stpartnership.workflow.meetings;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.jobworker.UnrecoverableJobFailure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The agenda pack: the agenda as text and the invitation. Building it closes the agenda; its time stamps the
 * invitation, so building it again gives the same pack.
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

    @Transactional
    public AgendaPack build(UUID meetingId) {
        meetings.findForUpdate(meetingId).orElseThrow(() -> new UnrecoverableJobFailure("No meeting " + meetingId));
        meetings.markAgendaPackSent(meetingId, Instant.now(clock));
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        String summary = summary(agenda.of(meetingId));
        return new AgendaPack(summary, AgendaInvitation.of(meeting, summary, calendarDomain, meeting.agendaPackAt()));
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
