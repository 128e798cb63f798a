package uk.stpartnership.workflow.complaints;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.calendar.BoroughCalendars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.stpartnership.workflow.complaints.ComplaintDeadlines.Period;

/**
 * The statutory periods against the real bank holidays of England and Wales and of Scotland (a Scottish council
 * configured in platform.borough-nations), as workflow-service's configuration sets them.
 */
class ComplaintDeadlinesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<String, Object> PERIODS = Map.ofEntries(Map.entry("acknowledgement", 2), Map.entry("stage1", 10),
            Map.entry("stage1-extended", 20), Map.entry("stage2-request-window", 20), Map.entry("stage2", 25),
            Map.entry("stage2-extended", 65), Map.entry("stage3-request-window", 20), Map.entry("stage3-panel", 30),
            Map.entry("stage3-report", 5), Map.entry("stage3-response", 15), Map.entry("reminder-before", 2));

    @Test
    void stage1OverChristmasAndNewYearSkipsTheBankHolidaysOfEachNation() {
        // Received Friday 18 December 2026: Christmas Day (Friday), Boxing Day moved to Monday 28th, New Year's Day (Friday);
        // Scotland also keeps 2 January, moved to Monday 4 January 2027.
        ComplaintDeadlines.Deadline england = deadlines(today(2026, 12, 18)).of(Period.STAGE1, received("hackney", LocalDate.of(2026, 12, 18)));
        ComplaintDeadlines.Deadline scotland = deadlines(today(2026, 12, 18)).of(Period.STAGE1, received("edinburgh", LocalDate.of(2026, 12, 18)));

        assertThat(england.lastDay()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(scotland.lastDay()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(england.dueAt()).isEqualTo(ZonedDateTime.of(2027, 1, 6, 17, 0, 0, 0, LONDON).toInstant());
        // Reminded two working days before: 31 December, New Year's Day and the weekend skipped backwards too.
        assertThat(england.reminderAt()).isEqualTo(ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, LONDON).toInstant());
    }

    @Test
    void theAcknowledgementOverEasterKeepsEasterMondayInScotlandAndItsReminderFallsWithinThePeriod() {
        // Received Wednesday 24 March 2027: Good Friday the 26th; Easter Monday the 29th is a bank holiday in England only.
        LocalDate received = LocalDate.of(2027, 3, 24);
        ComplaintDeadlines.Deadline england = deadlines(today(2027, 3, 24)).of(Period.ACKNOWLEDGEMENT, received("hackney", received));
        ComplaintDeadlines.Deadline scotland = deadlines(today(2027, 3, 24)).of(Period.ACKNOWLEDGEMENT, received("edinburgh", received));

        assertThat(england.lastDay()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(scotland.lastDay()).isEqualTo(LocalDate.of(2027, 3, 29));
        // British Summer Time by then: 17:00 in London is 16:00 UTC.
        assertThat(england.dueAt()).isEqualTo(Instant.parse("2027-03-30T16:00:00Z"));
        assertThat(england.reminderAt()).as("one working day before a two-day deadline").isEqualTo(Instant.parse("2027-03-25T09:00:00Z"));
    }

    @Test
    void stage2RunsFromTheDayTheComplainantAskedAndThePanelReportFromToday() {
        Complaint complaint = withProgress(received("hackney", LocalDate.of(2026, 10, 1)),
                new Complaint.Progress(null, null, LocalDate.of(2026, 11, 24), LocalDate.of(2027, 2, 1), null));
        ComplaintDeadlines deadlines = deadlines(today(2027, 3, 1));

        // 25 working days after Tuesday 24 November 2026: Christmas Day and Boxing Day (moved to Monday 28th) skipped.
        assertThat(deadlines.of(Period.STAGE2, complaint).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(deadlines.of(Period.STAGE2_EXTENDED, complaint).lastDay()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(deadlines.of(Period.STAGE3_PANEL, complaint).lastDay()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(deadlines.of(Period.STAGE3_REPORT, complaint).lastDay()).isEqualTo(LocalDate.of(2027, 3, 8));
        // From Monday 1 March 2027, over the Easter weekend (Good Friday and Easter Monday).
        assertThat(deadlines.of(Period.STAGE2_REQUEST_WINDOW, complaint).lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void anEnvironmentVariableSetsItsPeriodOverTheConfiguration() {
        Map<String, Object> configured = new HashMap<>();
        PERIODS.forEach((key, days) -> configured.put("complaints.periods." + key, days));
        PropertySourcePropertyResolver properties = new PropertySourcePropertyResolver(PropertySource.of("application.yml", configured));
        properties.addPropertySource(PropertySource.of("env", Map.of("COMPLAINTS_PERIODS_STAGE1_EXTENDED", "18"),
                PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE));

        ComplaintDeadlines deadlines = new ComplaintDeadlines(calendars(today(2027, 1, 4)), properties, "17:00", "09:00");
        assertThat(deadlines.days("stage1-extended")).isEqualTo(18);
        assertThat(deadlines.days("stage1")).isEqualTo(10);
    }

    @Test
    void aMissingPeriodStopsTheServiceFromStarting() {
        Map<String, Object> periods = new HashMap<>(PERIODS);
        periods.remove("stage3-report");
        assertThatThrownBy(() -> new ComplaintDeadlines(calendars(today(2027, 1, 4)), periods, "17:00", "09:00"))
                .hasMessageContaining("complaints.periods.stage3-report");
    }

    private static Clock today(int year, int month, int day) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, LONDON).toInstant(), LONDON);
    }

    private static BoroughCalendars calendars(Clock clock) {
        return new BoroughCalendars(Map.of("edinburgh", "SCOTLAND"), "Europe/London", clock);
    }

    private static ComplaintDeadlines deadlines(Clock clock) {
        return new ComplaintDeadlines(calendars(clock), PERIODS, "17:00", "09:00");
    }

    private static Complaint received(String borough, LocalDate receivedOn) {
        return new Complaint(UUID.randomUUID(), borough, "CMP-1", receivedOn, Complaint.Channel.EMAIL, null, null, null, null,
                Complaint.Relationship.OTHER, List.of(), null, null, null, null, "About", Complaint.Answer.NO, false,
                Complaint.Stage.RECEIVED, null, null, null, null, null, "officer", Instant.EPOCH, Complaint.Progress.NONE);
    }

    private static Complaint withProgress(Complaint c, Complaint.Progress progress) {
        return new Complaint(c.id(), c.borough(), c.reference(), c.receivedOn(), c.channel(), null, null, null, null,
                c.complainantRelationship(), c.workers(), null, null, null, null, c.about(), c.complainantIsPersonCausingHarm(), false,
                c.stageReached(), null, null, null, null, null, c.recordedBy(), c.recordedAt(), progress);
    }
}
