package uk.stpartnership.uiapi.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What was typed into a GOV.UK date input ({@code name-day}, {@code name-month}, {@code name-year}): nothing, a real
 * date, or something that is not one (the page then says so on that input).
 */
public record DateInput(String day, String month, String year) {

    /** The three parts as the form's answers hold them (a missing part is blank). */
    public static DateInput of(Map<String, String> answers, String name) {
        return new DateInput(part(answers, name + "-day"), part(answers, name + "-month"), part(answers, name + "-year"));
    }

    /** The three parts as they were posted. */
    public static DateInput of(FormData sent, String name) {
        return new DateInput(part(sent.first(name + "-day")), part(sent.first(name + "-month")), part(sent.first(name + "-year")));
    }

    public boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, when the three parts make a real one. */
    public Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String part(Map<String, String> answers, String name) {
        return part(answers.get(name));
    }

    private static String part(String value) {
        return value == null ? "" : value.strip();
    }
}
