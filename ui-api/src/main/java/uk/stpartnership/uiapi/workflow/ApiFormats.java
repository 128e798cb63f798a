package uk.stpartnership.uiapi.workflow;

/** Formats and patterns of the values the forwarding controllers describe in the OpenAPI document. */
public final class ApiFormats {

    /** A day, ISO 8601: 2026-11-03. */
    public static final String DATE = "date";

    /** A month, YYYY-MM: 2026-11. */
    public static final String MONTH = "^\\d{4}-\\d{2}$";

    private ApiFormats() {
    }
}
