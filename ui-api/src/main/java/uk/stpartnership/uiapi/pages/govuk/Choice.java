package uk.stpartnership.uiapi.pages.govuk;

/** One radio or checkbox: the value sent, the words shown, and whether it is chosen. */
public record Choice(String value, String text, boolean checked) {
}
