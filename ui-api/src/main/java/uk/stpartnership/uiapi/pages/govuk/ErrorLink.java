package uk.stpartnership.uiapi.pages.govuk;

/** One line of an error summary, linking to the input it is about ({@code href} = "#" + the input's id). */
public record ErrorLink(String href, String text) {
}
