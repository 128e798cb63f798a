package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 12, 1); // a Tuesday

    @ParameterizedTest(name = "every 2 weeks on Tuesday from 1 Dec 2026: on or after {0} is {1}")
    @CsvSource({
            "2026-12-01, 2026-12-01",
            "2026-12-02, 2026-12-15",
            "2026-12-15, 2026-12-15",
            "2026-12-16, 2026-12-29",
            "2026-12-29, 2026-12-29",
            "2027-01-01, 2027-01-12",
            // before the anchor, the fortnights count backwards from it
            "2026-11-20, 2026-12-01",
            "2026-11-17, 2026-11-17"})
    void fortnightlyFromTheFirstMeeting(LocalDate onOrAfter, LocalDate expected) {
        assertThat(Cadence.weekly(2, DayOfWeek.TUESDAY).nextOnOrAfter(onOrAfter, ANCHOR)).isEqualTo(expected);
    }

    @Test
    void aChangedWeekdayKeepsTheFortnightsOfTheAnchor() {
        Cadence thursdays = Cadence.weekly(2, DayOfWeek.THURSDAY);
        assertThat(thursdays.nextOnOrAfter(LocalDate.of(2026, 12, 2), ANCHOR)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(thursdays.nextOnOrAfter(LocalDate.of(2026, 12, 4), ANCHOR)).isEqualTo(LocalDate.of(2026, 12, 17));
    }

    @Test
    void weeklyAndEveryThreeWeeks() {
        assertThat(Cadence.weekly(1, DayOfWeek.MONDAY).nextOnOrAfter(LocalDate.of(2026, 12, 2), ANCHOR)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Cadence.weekly(3, DayOfWeek.TUESDAY).nextOnOrAfter(LocalDate.of(2026, 12, 2), ANCHOR)).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @ParameterizedTest(name = "second Thursday: on or after {0} is {1}")
    @CsvSource({
            "2026-12-01, 2026-12-10",
            "2026-12-10, 2026-12-10",
            "2026-12-11, 2027-01-14",
            "2027-01-15, 2027-02-11"})
    void secondThursdayOfTheMonth(LocalDate onOrAfter, LocalDate expected) {
        assertThat(Cadence.monthly(2, DayOfWeek.THURSDAY).nextOnOrAfter(onOrAfter, ANCHOR)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "last {1}: on or after {0} is {2}")
    @CsvSource({
            "2026-12-01, FRIDAY, 2026-12-25",
            "2026-12-26, FRIDAY, 2027-01-29",
            "2027-02-01, TUESDAY, 2027-02-23",
            "2027-02-24, TUESDAY, 2027-03-30"})
    void lastWeekdayOfTheMonth(LocalDate onOrAfter, DayOfWeek weekday, LocalDate expected) {
        assertThat(Cadence.monthly(-1, weekday).nextOnOrAfter(onOrAfter, ANCHOR)).isEqualTo(expected);
    }

    @Test
    void fourthWeekdayAndWhetherADayIsOnTheCadence() {
        Cadence fourthMonday = Cadence.monthly(4, DayOfWeek.MONDAY);
        assertThat(fourthMonday.nextOnOrAfter(LocalDate.of(2027, 3, 1), ANCHOR)).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(fourthMonday.fallsOn(LocalDate.of(2027, 3, 22), ANCHOR)).isTrue();
        assertThat(fourthMonday.fallsOn(LocalDate.of(2027, 3, 29), ANCHOR)).isFalse();
    }

    @Test
    void theSeriesPlansFromItsFirstMeetingThenAfterTheLastOne() {
        MeetingSeries series = new MeetingSeries(null, "Operational group", Group.OPERATIONAL, Cadence.weekly(2, DayOfWeek.TUESDAY),
                null, 90, null, null, null, java.util.List.of(), 5, 2, 5, 4, ANCHOR, MeetingSeries.Status.OPEN, null, null);
        assertThat(series.meetingDayAfter(null)).isEqualTo(ANCHOR);
        assertThat(series.meetingDayAfter(ANCHOR)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(series.meetingDayAfter(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
