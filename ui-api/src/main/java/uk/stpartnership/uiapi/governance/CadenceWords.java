package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series' cadence as the project manager writes it, and back. Accepted, in any case:
 * <ul>
 *   <li>"every Tuesday", "every week on Tuesday", "weekly on Tuesday";</li>
 *   <li>"every 2 weeks on Tuesday", "every other Tuesday", "fortnightly on Tuesday";</li>
 *   <li>"the first Thursday of the month" (first to fourth, 1st to 4th, or last; "of each month", "of every month").</li>
 * </ul>
 */
final class CadenceWords {

    static final String HINT = "For example, \u201cevery 2 weeks on Tuesday\u201d, \u201cevery Wednesday\u201d or "
            + "\u201cthe first Thursday of the month\u201d (first to fourth, or last)";

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?";
    private static final Pattern EVERY_WEEKS = Pattern.compile("every (\\d{1,3}) weeks? on " + WEEKDAY);
    private static final Pattern EVERY = Pattern.compile("(?:every (week on |other )?|(weekly|fortnightly) on )" + WEEKDAY);
    private static final Pattern MONTHLY = Pattern.compile("(?:on )?(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) " + WEEKDAY
            + " of (?:the|each|every) month");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final List<String> SHORT_ORDINALS = List.of("1st", "2nd", "3rd", "4th");

    private CadenceWords() {
    }

    /** The cadence the words say, or null when they are not one of the accepted phrasings. */
    static @Nullable Governance.Cadence parse(@Nullable String words) {
        if (words == null) {
            return null;
        }
        String said = words.strip().toLowerCase(Locale.UK).replaceAll("\\s+", " ").replaceAll("[.]$", "");
        Matcher matcher = EVERY_WEEKS.matcher(said);
        if (matcher.matches()) {
            return new Governance.Cadence("WEEKLY", Integer.parseInt(matcher.group(1)), null, weekday(matcher.group(2)));
        }
        matcher = EVERY.matcher(said);
        if (matcher.matches()) {
            boolean fortnightly = "other ".equals(matcher.group(1)) || "fortnightly".equals(matcher.group(2));
            return new Governance.Cadence("WEEKLY", fortnightly ? 2 : 1, null, weekday(matcher.group(3)));
        }
        matcher = MONTHLY.matcher(said);
        if (matcher.matches()) {
            String ordinal = matcher.group(1);
            int week = ordinal.equals("last") ? -1 : Math.max(ORDINALS.indexOf(ordinal), SHORT_ORDINALS.indexOf(ordinal)) + 1;
            return new Governance.Cadence("MONTHLY", null, week, weekday(matcher.group(2)));
        }
        return null;
    }

    /** "every 2 weeks on Tuesday", "the last Thursday of the month": words that parse back to the same cadence. */
    static String of(Governance.Cadence cadence) {
        String day = weekdayWords(cadence.weekday());
        if ("MONTHLY".equals(cadence.kind()) && cadence.weekOfMonth() != null) {
            String ordinal = cadence.weekOfMonth() == -1 ? "last" : ORDINALS.get(cadence.weekOfMonth() - 1);
            return "the " + ordinal + " " + day + " of the month";
        }
        int weeks = cadence.everyWeeks() == null ? 1 : cadence.everyWeeks();
        return weeks == 1 ? "every week on " + day : "every " + weeks + " weeks on " + day;
    }

    private static String weekday(String words) {
        return DayOfWeek.valueOf(words.toUpperCase(Locale.UK)).name();
    }

    private static String weekdayWords(String weekday) {
        return weekday.charAt(0) + weekday.substring(1).toLowerCase(Locale.UK);
    }
}
