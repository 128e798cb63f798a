package uk.stpartnership.uiapi.pages.govuk;

/** One row of a summary list: what it is (key) and what it says (value). */
public record SummaryRow(String key, String value) {
}
