package uk.stpartnership.uiapi.pages.govuk;

import io.micronaut.core.annotation.Nullable;

/** A tag; {@code colour} is one of GOV.UK's tag colours (red, yellow, green, blue, grey, ...), or null for the default. */
public record Tag(String text, @Nullable String colour) {

    public String classes() {
        return colour == null ? "govuk-tag" : "govuk-tag govuk-tag--" + colour;
    }
}
