package uk.stpartnership.workflow.actions;

import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An action is due at the end of its due date; its owner is reminded at the start of a working day some days before. */
public record ActionTimes(Instant dueAt, Instant reminderAt) {

    public static ActionTimes of(LocalDate dueDate, int reminderWorkingDays, WorkingDayCalendar calendar, ZoneId zone) {
        return new ActionTimes(dueDate.atTime(BoroughCalendars.END_OF_DAY).atZone(zone).toInstant(),
                calendar.minusWorkingDays(dueDate, reminderWorkingDays).atTime(BoroughCalendars.START_OF_DAY).atZone(zone).toInstant());
    }
}
