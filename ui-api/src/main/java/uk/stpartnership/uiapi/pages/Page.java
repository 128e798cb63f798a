package uk.stpartnership.uiapi.pages;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.signin.SignedInPerson;

import java.util.List;

/**
 * What every page's layout shows: its title, who is signed in, the service navigation, and the error summary.
 *
 * @param csrf the token each form of the session carries (CsrfCheck); null before sign-in
 */
public record Page(String title, @Nullable SignedInPerson person, List<NavigationItem> navigation, @Nullable String csrf,
                   List<ErrorLink> errors, Labels labels) {

    /** One link of the service navigation. */
    public record NavigationItem(String text, String href, boolean active) {
    }

    /** The title the browser shows: an error prefix when the form came back with errors, as GOV.UK pages do. */
    public String documentTitle() {
        return (errors.isEmpty() ? "" : "Error: ") + title + " – " + labels.serviceName();
    }

    public Page withErrors(List<ErrorLink> newErrors) {
        return new Page(title, person, navigation, csrf, newErrors, labels);
    }
}
