package uk.stpartnership.uiapi.pages;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A GOV.UK date input as typed: nothing, a real date, or something that is not one. */
class DateInputTest {

    @Test
    void threePartsMakeADayOrSayTheyDoNot() {
        assertThat(DateInput.of(Map.of("due-day", " 27", "due-month", "3", "due-year", "2027"), "due").date()).contains(LocalDate.of(2027, 3, 27));
        assertThat(DateInput.of(FormData.parse("due-day=31&due-month=2&due-year=2027"), "due").date()).as("no 31 February").isEmpty();
        assertThat(DateInput.of(FormData.parse("due-day=1&due-month=March&due-year=2027"), "due").date()).isEmpty();
        DateInput nothing = DateInput.of(Map.of(), "due");
        assertThat(nothing.blank()).isTrue();
        assertThat(nothing.date()).isEmpty();
        assertThat(DateInput.of(FormData.parse("due-day=&due-month=3&due-year="), "due").blank()).isFalse();
    }
}
