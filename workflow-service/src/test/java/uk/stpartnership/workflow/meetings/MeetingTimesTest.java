package uk.stpartnership.workflow.meetings;

import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.actions.ActionTimes;
import uk.stpartnership.workingdays.Nation;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingTimesTest {

    private static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void leadTimesInWorkingDaysAroundAnOrdinaryMeeting() {
        MeetingTimes times = MeetingTimes.of(LocalDate.of(2026, 12, 15), LocalTime.of(10, 0), 90, 5, 2, 5, ENGLAND, LONDON);
        assertThat(times.scheduledAt()).isEqualTo(Instant.parse("2026-12-15T10:00:00Z"));
        assertThat(times.endsAt()).isEqualTo(Instant.parse("2026-12-15T11:30:00Z"));
        assertThat(times.agendaCallAt()).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
        assertThat(times.agendaClosesAt()).isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));
        assertThat(times.minutesApprovalDueAt()).isEqualTo(Instant.parse("2026-12-22T17:00:00Z"));
    }

    @Test
    void christmasAndNewYearAreNotWorkingDays() {
        // Before Tuesday 5 January 2027: 4 Jan, 31, 30, 29 Dec, then 24 Dec (1 Jan, 28 and 25 Dec are bank holidays).
        MeetingTimes january = MeetingTimes.of(LocalDate.of(2027, 1, 5), LocalTime.of(10, 0), 60, 5, 3, 2, ENGLAND, LONDON);
        assertThat(january.agendaCallAt()).isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));
        assertThat(january.agendaClosesAt()).isEqualTo(Instant.parse("2026-12-30T17:00:00Z"));
        assertThat(january.minutesApprovalDueAt()).isEqualTo(Instant.parse("2027-01-07T17:00:00Z"));
        MeetingTimes christmasEve = MeetingTimes.of(LocalDate.of(2026, 12, 24), LocalTime.of(14, 0), 120, 0, 0, 2, ENGLAND, LONDON);
        assertThat(christmasEve.agendaCallAt()).isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));
        assertThat(christmasEve.agendaClosesAt()).isEqualTo(Instant.parse("2026-12-24T17:00:00Z"));
        assertThat(christmasEve.minutesApprovalDueAt()).isEqualTo(Instant.parse("2026-12-30T17:00:00Z"));
    }

    @Test
    void summerTimesAreLondonTimes() {
        MeetingTimes june = MeetingTimes.of(LocalDate.of(2027, 6, 8), LocalTime.of(10, 0), 90, 5, 2, 5, ENGLAND, LONDON);
        assertThat(june.scheduledAt()).isEqualTo(Instant.parse("2027-06-08T09:00:00Z"));
        assertThat(june.agendaCallAt()).isEqualTo(Instant.parse("2027-06-01T08:00:00Z"));
        // Late May bank holiday (31 May) falls between the call and the meeting.
        assertThat(MeetingTimes.of(LocalDate.of(2027, 6, 2), LocalTime.of(10, 0), 90, 3, 2, 5, ENGLAND, LONDON).agendaCallAt())
                .isEqualTo(Instant.parse("2027-05-27T08:00:00Z"));
    }

    @Test
    void theDefaultFirstMeetingLeavesTimeForTheAgendaCall() {
        // From Tuesday 24 November 2026, 6 working days on is Wednesday 2 December: the next Tuesday is 8 December.
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertThat(MeetingTimes.firstMeetingDay(Cadence.weekly(2, DayOfWeek.TUESDAY), today, 5, ENGLAND)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(MeetingTimes.firstMeetingDay(Cadence.monthly(2, DayOfWeek.THURSDAY), today, 5, ENGLAND)).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(MeetingTimes.firstMeetingDay(Cadence.monthly(2, DayOfWeek.THURSDAY), today, 15, ENGLAND)).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void anActionIsDueAtTheEndOfItsDayAndRemindedWorkingDaysBefore() {
        ActionTimes times = ActionTimes.of(LocalDate.of(2026, 12, 29), 2, ENGLAND, LONDON);
        assertThat(times.dueAt()).isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));
        assertThat(times.reminderAt()).isEqualTo(Instant.parse("2026-12-23T09:00:00Z"));
        assertThat(ActionTimes.of(LocalDate.of(2027, 7, 2), 2, ENGLAND, LONDON).reminderAt()).isEqualTo(Instant.parse("2027-06-30T08:00:00Z"));
    }
}
