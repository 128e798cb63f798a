package uk.stpartnership.workflow.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a series meets: configuration, not code.
 * WEEKLY: every {@code everyWeeks} weeks on {@code weekday}, the weeks counted from the week of the series' first
 * meeting (its anchor). MONTHLY: the {@code weekOfMonth}th {@code weekday} of every month, -1 for the last.
 */
@Serdeable
@Introspected
@Schema(example = "{\"kind\": \"WEEKLY\", \"everyWeeks\": 2, \"weekday\": \"TUESDAY\"}")
public record Cadence(@NotNull Kind kind,
                      @Nullable @Min(1) @Max(52) Integer everyWeeks,
                      @Nullable @Min(-1) @Max(4) Integer weekOfMonth,
                      @NotNull DayOfWeek weekday) {

    public enum Kind { WEEKLY, MONTHLY }

    public static Cadence weekly(int everyWeeks, DayOfWeek weekday) {
        return new Cadence(Kind.WEEKLY, everyWeeks, null, weekday);
    }

    public static Cadence monthly(int weekOfMonth, DayOfWeek weekday) {
        return new Cadence(Kind.MONTHLY, null, weekOfMonth, weekday);
    }

    /** The first meeting day on or after {@code date}; {@code anchor} is the series' first meeting (WEEKLY only). */
    public LocalDate nextOnOrAfter(LocalDate date, LocalDate anchor) {
        return switch (kind) {
            case WEEKLY -> nextWeekly(date, anchor);
            case MONTHLY -> nextMonthly(date);
        };
    }

    public boolean fallsOn(LocalDate date, LocalDate anchor) {
        return nextOnOrAfter(date, anchor).equals(date);
    }

    private LocalDate nextWeekly(LocalDate date, LocalDate anchor) {
        LocalDate anchorWeek = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate week = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeksOff = Math.floorMod(ChronoUnit.WEEKS.between(anchorWeek, week), everyWeeks);
        if (weeksOff != 0) {
            week = week.plusWeeks(everyWeeks - weeksOff);
        }
        LocalDate day = week.with(TemporalAdjusters.nextOrSame(weekday));
        return day.isBefore(date) ? day.plusWeeks(everyWeeks) : day;
    }

    private LocalDate nextMonthly(LocalDate date) {
        LocalDate day = inMonth(date);
        return day.isBefore(date) ? inMonth(date.plusMonths(1)) : day;
    }

    private LocalDate inMonth(LocalDate dayOfMonth) {
        return dayOfMonth.with(weekOfMonth == -1
                ? TemporalAdjusters.lastInMonth(weekday)
                : TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
    }
}
