package uk.stpartnership.workflow.listing;

import uk.stpartnership.web.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Filters given as query values, read or refused with a 400 naming the parameter. Absent (null or blank) stays null. */
public final class QueryValues {

    /** A month as a query value reads it, YYYY-MM: 2026-11. */
    public static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badField(parameter, "must be one of: "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(parameter, "must be a date like 2026-11-24");
        }
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
