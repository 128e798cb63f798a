package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * When a meeting is held and when its steps fall due: the agenda call at the start of the working day
 * {@code agendaCallWorkingDays} working days before the meeting day, the agenda closing at the end of the working
 * day {@code papersWorkingDays} before it, and the minutes due for approval at the end of the working day
 * {@code minutesApprovalWorkingDays} after it.
 */
public record MeetingTimes(Instant scheduledAt, Instant endsAt, Instant agendaCallAt, Instant agendaClosesAt,
                           Instant minutesApprovalDueAt) {

    static final LocalTime START_OF_DAY = LocalTime.of(9, 0);
    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    public static MeetingTimes of(LocalDate day, LocalTime startTime, int durationMinutes, int agendaCallWorkingDays,
                                  int papersWorkingDays, int minutesApprovalWorkingDays, WorkingDayCalendar calendar, ZoneId zone) {
        Instant scheduledAt = day.atTime(startTime).atZone(zone).toInstant();
        return new MeetingTimes(scheduledAt,
                day.atTime(startTime).atZone(zone).plusMinutes(durationMinutes).toInstant(),
                calendar.minusWorkingDays(day, agendaCallWorkingDays).atTime(START_OF_DAY).atZone(zone).toInstant(),
                calendar.minusWorkingDays(day, papersWorkingDays).atTime(END_OF_DAY).atZone(zone).toInstant(),
                calendar.plusWorkingDays(day, minutesApprovalWorkingDays).atTime(END_OF_DAY).atZone(zone).toInstant());
    }


    /**
     * The default first meeting: the first day on the cadence at least {@code agendaCallWorkingDays + 1} working
     * days from today, so that its agenda call is still ahead.
     */
    public static LocalDate firstMeetingDay(Cadence cadence, LocalDate today, int agendaCallWorkingDays, WorkingDayCalendar calendar) {
        LocalDate earliest = calendar.plusWorkingDays(today, agendaCallWorkingDays + 1);
        // The first meeting is its own anchor: any week will do.
        return cadence.nextOnOrAfter(earliest, earliest.with(TemporalAdjusters.nextOrSame(cadence.weekday())));
    }
}
