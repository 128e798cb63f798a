package uk.stpartnership.workingdays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic for statutory and partnership timescales: weekends and the bank
 * holidays of one UK nation are not working days.
 */
public final class WorkingDayCalendar {

    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private final Nation nation;
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(Nation nation) {
        this.nation = nation;
    }

    public Nation nation() {
        return nation;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    public boolean isBankHoliday(LocalDate date) {
        return bankHolidaysByYear
                .computeIfAbsent(date.getYear(), year -> UNITED_KINGDOM.getHolidays(Year.of(year), nation.subdivision()).stream()
                        .map(Holiday::getDate) // the observed day: a holiday on a weekend moves to a weekday
                        .collect(Collectors.toUnmodifiableSet()))
                .contains(date);
    }

    /**
     * The day that is {@code workingDays} working days after {@code start}; the start day itself is not
     * counted, as in "respond within 10 working days of receipt".
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The day that is {@code workingDays} working days before {@code date} (the date itself when 0), as in "the
     * agenda call goes out 5 working days before the meeting".
     */
    public LocalDate minusWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = date;
        for (int i = 0; i < workingDays; i++) {
            day = previousWorkingDay(day);
        }
        return day;
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
