package uk.stpartnership.uiapi.reports;

/** The period form's words for a report counted in programme years or quarters rather than months. */
public record PeriodWords(String fromLabel, String fromHint, String toLabel, String toHint) {
}
