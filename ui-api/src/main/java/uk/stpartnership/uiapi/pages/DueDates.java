package uk.stpartnership.uiapi.pages;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.pages.govuk.Tag;
import uk.stpartnership.workingdays.Nation;
import uk.stpartnership.workingdays.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the pages show them, in the partnership's time zone: a due date with the working days left (England and
 * Wales bank holidays), and the red or orange tag of one that is overdue or due within a working week.
 */
@Singleton
public class DueDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final int SOON = 5;

    /** A due date as a row shows it: "12 March 2027, 3 working days left", tagged when overdue or soon. */
    public record Due(String text, @Nullable Tag tag) {
    }

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES);
    private final Clock clock = Clock.system(LONDON);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A due date that is overdue once its day has passed (one the services do not say is overdue themselves). */
    public Due due(LocalDate due) {
        return due(due, isOverdue(due));
    }

    public boolean isOverdue(LocalDate due) {
        return due.isBefore(today());
    }

    public Due due(LocalDate due, boolean overdue) {
        if (overdue) {
            return new Due(day(due), new Tag("Overdue", "red"));
        }
        int left = workingDaysLeft(due);
        return new Due(day(due) + ", " + left + (left == 1 ? " working day left" : " working days left"),
                left <= SOON ? new Tag("Due soon", "orange") : null);
    }

    public static @Nullable LocalDate dayOf(@Nullable Instant at) {
        return at == null ? null : at.atZone(LONDON).toLocalDate();
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "3 December 2026 at 9:05am", as GOV.UK writes times. */
    public static String dayAndTime(Instant at) {
        return DAY_AND_TIME.format(at.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** Working days from tomorrow up to and including the due date. */
    public int workingDaysLeft(LocalDate due) {
        int left = 0;
        for (LocalDate day = today().plusDays(1); !day.isAfter(due) && left < 400; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }
}
