package uk.stpartnership.workflow.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The meeting as an iCalendar invitation (RFC 5545, METHOD:REQUEST) sent with the agenda pack: times in UTC,
 * text escaped, lines ended with CRLF and folded at 75 octets.
 */
final class AgendaInvitation {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private AgendaInvitation() {
    }

    /**
     * @param domain   the platform's mail domain: the UID is meetingId@domain, the organiser (the chair) chair@domain
     * @param stamp    when the invitation was made (the same for every copy of it)
     * @param agenda   the agenda, as the description
     */
    static String of(Meeting meeting, String agenda, String domain, Instant stamp) {
        List<String> lines = List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Safe and Together Partnership//Governance//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:" + meeting.id() + "@" + domain,
                "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(meeting.times().scheduledAt()),
                "DTEND:" + UTC.format(meeting.times().endsAt()),
                "SUMMARY:" + text(meeting.title()),
                "LOCATION:" + text(meeting.location()),
                "ORGANIZER;CN=\"" + meeting.chair().replace("\"", "") + "\":mailto:" + meeting.chair() + "@" + domain,
                "DESCRIPTION:" + text(agenda),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR");
        StringBuilder calendar = new StringBuilder();
        lines.forEach(line -> calendar.append(fold(line)).append("\r\n"));
        return calendar.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Splits a content line so that no line exceeds 75 octets, never inside a UTF-8 character; continuations start with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
