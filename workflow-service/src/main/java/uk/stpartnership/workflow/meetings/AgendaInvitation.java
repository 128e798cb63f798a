package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.calendar.CalendarInvitation;

import java.time.Instant;

/** The meeting as a calendar invitation sent with the agenda pack (CalendarInvitation writes it). */
final class AgendaInvitation {

    private AgendaInvitation() {
    }

    /**
     * @param domain   the platform's mail domain: the UID is meetingId@domain, the organiser (the chair) chair@domain
     * @param stamp    when the invitation was made (the same for every copy of it)
     * @param agenda   the agenda, as the description
     */
    static String of(Meeting meeting, String agenda, String domain, Instant stamp) {
        return new CalendarInvitation(meeting.id().toString(), stamp, meeting.times().scheduledAt(), meeting.times().endsAt(),
                meeting.title(), meeting.location(), meeting.chair(), domain, agenda).text();
    }

    /** A TEXT value, as the invitation writes it. */
    static String text(String value) {
        return CalendarInvitation.text(value);
    }
}
