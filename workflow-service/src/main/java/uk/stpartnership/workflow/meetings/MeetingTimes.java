package uk.stpartnership.workflow.meetings;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
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
@Embeddable
public record MeetingTimes(@MappedProperty("scheduled_at") Instant scheduledAt, @MappedProperty("ends_at") Instant endsAt,
                           @MappedProperty("agenda_call_at") Instant agendaCallAt, @MappedProperty("agenda_closes_at") Instant agendaClosesAt,
                           @MappedProperty("minutes_approval_due_at") Instant minutesApprovalDueAt) {


    public static MeetingTimes of(LocalDate day, LocalTime startTime, int durationMinutes, int agendaCallWorkingDays,
                                  int papersWorkingDays, int minutesApprovalWorkingDays, WorkingDayCalendar calendar, ZoneId zone) {
        Instant scheduledAt = day.atTime(startTime).atZone(zone).toInstant();
        return new MeetingTimes(scheduledAt,
                day.atTime(startTime).atZone(zone).plusMinutes(durationMinutes).toInstant(),
                calendar.minusWorkingDays(day, agendaCallWorkingDays).atTime(BoroughCalendars.START_OF_DAY).atZone(zone).toInstant(),
                calendar.minusWorkingDays(day, papersWorkingDays).atTime(BoroughCalendars.END_OF_DAY).atZone(zone).toInstant(),
                calendar.plusWorkingDays(day, minutesApprovalWorkingDays).atTime(BoroughCalendars.END_OF_DAY).atZone(zone).toInstant());
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
