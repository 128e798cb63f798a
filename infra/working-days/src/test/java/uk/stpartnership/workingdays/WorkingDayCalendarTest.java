package uk.stpartnership.workingdays;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar england = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES);
    private final WorkingDayCalendar scotland = new WorkingDayCalendar(Nation.SCOTLAND);

    @Test
    void weekendsAreSkipped() {
        // Friday 6 November 2026 + 1 working day is Monday 9 November.
        assertThat(england.plusWorkingDays(LocalDate.of(2026, 11, 6), 1)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(england.plusWorkingDays(LocalDate.of(2026, 11, 2), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void christmasAndNewYearAreNotWorkingDaysInEngland() {
        // 2026: Christmas Friday 25, Boxing Day Saturday 26 substituted to Monday 28; New Year's Day Friday 1 January 2027.
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        // Thursday 24 December + 5 working days: 29, 30, 31 Dec, 4, 5 Jan.
        assertThat(england.plusWorkingDays(LocalDate.of(2026, 12, 24), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void easterWeekendIsNotWorkingInEnglandButEasterMondayIsInScotland() {
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
        assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).isTrue();
        assertThat(england.plusWorkingDays(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void scotlandKeepsTheSecondOfJanuaryAndStAndrewsDay() {
        // 2 January 2027 is a Saturday: Scotland's holiday moves to Monday 4 January (New Year's Day is Friday 1).
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
    }

    @Test
    void workingDaysBeforeSkipWeekendsAndHolidays() {
        // Tuesday 5 January 2027 less 3 working days: Mon 4, Thu 31 Dec, Wed 30 Dec.
        assertThat(england.minusWorkingDays(LocalDate.of(2027, 1, 5), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(england.minusWorkingDays(LocalDate.of(2027, 1, 5), 0)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void previousWorkingDaySkipsWeekendsAndHolidays() {
        assertThat(england.previousWorkingDay(LocalDate.of(2026, 11, 9))).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(england.previousWorkingDay(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2026, 12, 24));
    }
}
