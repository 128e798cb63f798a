package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disclosure screening of a draft response against a complaint's protected details: a pure function, no I/O.
 * Text is compared case-insensitively with punctuation and runs of spaces folded, a detail matching only as whole
 * words (a phrase for a multi-word detail), never inside a longer word. A postcode matches however it is spaced, a
 * phone number however its digits are grouped, and each comma-separated part of a detail of two words or more (an
 * address's first line) matches on its own. Victim-blaming and mutualising terms are warnings, apart from disclosures:
 * a draft is blocked by a disclosure only.
 */
public final class ScreenResponse {

    /** Terms that blame the victim-survivor or cast abuse as mutual (DOMAIN.md). */
    public static final List<String> WARNING_TERMS = List.of("parental conflict", "relationship difficulties", "volatile relationship",
            "toxic relationship");

    private static final Pattern POSTCODE = Pattern.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,}[0-9]");
    private static final int MIN_DIGITS = 7;
    private static final int MIN_LENGTH = 3;

    @Serdeable
    public record Match(ProtectedDetail.Kind kind, String detail) {
    }

    @Serdeable
    public record Result(boolean blocked, List<Match> matches, List<String> warnings) {
    }

    private ScreenResponse() {
    }

    public static Result screen(String text, List<ProtectedDetail> details) {
        String draft = text == null ? "" : text;
        String words = " " + normalise(draft) + " ";
        Set<String> postcodes = postcodes(draft);
        Set<String> numbers = digitRuns(draft);
        Set<Match> matches = new LinkedHashSet<>();
        for (ProtectedDetail detail : details) {
            if (detail.detail() != null && discloses(detail.detail(), words, postcodes, numbers)) {
                matches.add(new Match(detail.kind(), detail.detail()));
            }
        }
        List<String> warnings = WARNING_TERMS.stream().filter(term -> words.contains(" " + normalise(term) + " ")).toList();
        return new Result(!matches.isEmpty(), List.copyOf(matches), warnings);
    }

    private static boolean discloses(String detail, String words, Set<String> draftPostcodes, Set<String> draftNumbers) {
        Set<String> postcodes = postcodes(detail);
        if (postcodes.stream().anyMatch(draftPostcodes::contains)) {
            return true;
        }
        if (digitRuns(detail).stream().anyMatch(draftNumbers::contains)) {
            return true;
        }
        String whole = normalise(detail);
        if (whole.length() >= MIN_LENGTH && words.contains(" " + whole + " ")) {
            return true;
        }
        String withoutPostcodes = POSTCODE.matcher(detail).replaceAll(" ");
        for (String part : withoutPostcodes.split("[,;\\n]")) {
            String phrase = normalise(part);
            // A single word of an address ("London", "Hackney", "14") says too little and is too common to block on.
            if (phrase.contains(" ") && phrase.length() >= MIN_LENGTH && words.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, apostrophes dropped, every other run of non-letters and non-digits one space. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** UK postcodes, upper case without spaces. */
    private static Set<String> postcodes(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            found.add((m.group(1) + m.group(2)).toUpperCase(Locale.ROOT));
        }
        return found;
    }

    /** Phone-like numbers (seven digits or more), digits only, a leading 44 read as 0. */
    private static Set<String> digitRuns(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            if (m.group().startsWith("+44")) {
                digits = "0" + digits.substring(2);
            }
            if (digits.length() >= MIN_DIGITS) {
                found.add(digits);
            }
        }
        return found;
    }
}
