package uk.stpartnership.uiapi.pages;

import java.util.Locale;

/** An option or an enum value as a person reads it: "PERPETRATOR_PATTERN_MAPPING" as "Perpetrator pattern mapping". */
public final class Words {

    private Words() {
    }

    /** "NOT_MET" or "not-met" as "Not met". */
    public static String of(String option) {
        String words = option.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
