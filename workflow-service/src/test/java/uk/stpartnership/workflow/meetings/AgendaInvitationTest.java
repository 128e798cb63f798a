package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaInvitationTest {

    private static final UUID ID = UUID.fromString("5b0c7a52-8f39-4c8e-9d43-2f6f0a6b1c11");

    private final Meeting meeting = new Meeting(ID, UUID.randomUUID(), Group.STEERING, LocalDate.of(2026, 12, 10),
            "Steering group", new MeetingTimes(Instant.parse("2026-12-10T14:00:00Z"), Instant.parse("2026-12-10T16:00:00Z"),
            Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-08T17:00:00Z"), Instant.parse("2026-12-17T17:00:00Z")),
            "Room 2; Hackney Town Hall, Mare Street", "project-manager.respect", "respect", 3, Meeting.Status.PLANNED,
            Instant.parse("2026-11-24T10:00:00Z"), null, null, null, null, null, null, null, null);

    @Test
    void aRequestWithOneEventInUtc() {
        String ics = AgendaInvitation.of(meeting, "1. Matched funding (decision, borough-lead.hackney)", "st-partnership.test",
                Instant.parse("2026-12-08T17:05:12Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        List<String> lines = unfolded(ics);
        assertThat(lines).contains("METHOD:REQUEST", "UID:" + ID + "@st-partnership.test", "DTSTAMP:20261208T170512Z",
                "DTSTART:20261210T140000Z", "DTEND:20261210T160000Z", "SUMMARY:Steering group",
                "LOCATION:Room 2\\; Hackney Town Hall\\, Mare Street",
                "ORGANIZER;CN=\"project-manager.respect\":mailto:project-manager.respect@st-partnership.test");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(1);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String agenda = "1. Évaluation of the pilot – what the boroughs said about “matched funding”, 🙂 and more\n"
                + "2. " + "A long item title that goes on and on ".repeat(6);
        String ics = AgendaInvitation.of(meeting, agenda, "st-partnership.test", Instant.parse("2026-12-08T17:05:12Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(unfolded(ics)).contains("DESCRIPTION:" + AgendaInvitation.text(agenda));
        assertThat(AgendaInvitation.text(agenda)).contains("\\n2. ").contains("\\, 🙂");
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(AgendaInvitation.text("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    /** RFC 5545 3.1: a CRLF followed by a space continues the line. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }
}
