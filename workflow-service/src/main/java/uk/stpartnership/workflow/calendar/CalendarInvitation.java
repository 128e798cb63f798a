package uk.stpartnership.workflow.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One event as an iCalendar invitation (RFC 5545, METHOD:REQUEST): times in UTC, text escaped, lines ended with CRLF
 * and folded at 75 octets. The governance meetings' agenda packs and the training cohorts' days both send it.
 *
 * @param uid         the event's identity, the same in every copy and every update of the invitation
 * @param stamp       when the invitation was made (the same for every copy of it)
 * @param organiser   the organiser's id: CN=id, mailto:id@domain
 * @param domain      the platform's mail domain
 */
public record CalendarInvitation(String uid, Instant stamp, Instant startsAt, Instant endsAt, String summary, String location,
                                 String organiser, String domain, String description) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** The VCALENDAR text. */
    public String text() {
        List<String> lines = List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Safe and Together Partnership//Governance//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:" + uid + "@" + domain,
                "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(startsAt),
                "DTEND:" + UTC.format(endsAt),
                "SUMMARY:" + text(summary),
                "LOCATION:" + text(location),
                "ORGANIZER;CN=\"" + organiser.replace("\"", "") + "\":mailto:" + organiser + "@" + domain,
                "DESCRIPTION:" + text(description),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR");
        StringBuilder calendar = new StringBuilder();
        lines.forEach(line -> calendar.append(fold(line)).append("\r\n"));
        return calendar.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
    public static String text(String value) {
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
