package uk.stpartnership.launcher;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.FreePort;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' sign-in as a council runs it, at an OpenID Connect provider (mock-oauth2-server, which signs in whoever
 * the test names without a login form of its own), in real Chromium: the way there and back, the signed-out page and
 * the refusal pages, each checked by axe and the Nu HTML Checker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderSignInPagesIT {

    private static final String TENANT = "borough-tenant";

    private final MockOAuth2Server provider = new MockOAuth2Server();
    private LocalPlatform platform;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        provider.start(InetAddress.getLoopbackAddress(), FreePort.find());
        String issuer = provider.issuerUrl(TENANT).toString();
        platform = Journeys.startForTheBrowser("st-platform-provider-sign-in", false, Map.of(
                "OIDC_JWKS_URL", issuer + "/jwks", "OIDC_ISSUER", issuer,
                "OIDC_CLIENT_ID", "st-pages", "OIDC_CLIENT_SECRET", "test-only-client-secret",
                "OIDC_USERNAME_CLAIM", "preferred_username", "OIDC_ROLES_CLAIM", "groups", "OIDC_ORGANISATION_CLAIM", "borough"));
    }

    @AfterAll
    void stop() {
        Journeys.stop(platform);
        provider.shutdown();
    }

    @Test
    void aLeadSignsInAtTheProviderAndOut_andSomeoneTheDirectoryDoesNotHoldIsRefused() throws Exception {
        try (Browser lead = new Browser(platform.uiApi(), "provider-lead")) {
            Journeys.step("A page asks for sign-in; the provider signs the lead in and sends them back to it", () -> {
                provider.enqueueCallback(as("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD"));
                lead.open("/consultations");
                assertThat(URI.create(lead.driver().getCurrentUrl()).getPath()).isEqualTo("/consultations");
                assertThat(lead.heading()).isEqualTo("Your borough's case consultations");
                assertThat(authorizationRequest().queryParameter("code_challenge_method")).as("the authorization request's PKCE")
                        .isEqualTo("S256");
                lead.checkAccessible("provider-signed-in");
            });
            Journeys.step("Signing out ends the page session, on a page that offers to sign in again", () -> {
                lead.clickButton("Sign out");
                assertThat(lead.find(".govuk-notification-banner").getText()).contains("You have signed out");
                assertThat(lead.heading()).isEqualTo("Sign in");
                lead.checkAccessible("provider-signed-out");
                lead.open("/consultations");
                assertThat(lead.driver().getCurrentUrl()).as("a new sign-in, at the provider").contains("/sign-in");
            });
        }
        try (Browser stranger = new Browser(platform.uiApi(), "provider-stranger")) {
            Journeys.step("Someone the provider knows but the directory does not is refused, and told why", () -> {
                provider.enqueueCallback(as("nobody.hackney", "hackney", "PRACTITIONER"));
                stranger.open("/sign-in");
                assertThat(stranger.heading()).isEqualTo("You cannot sign in");
                assertThat(stranger.find("main").getText()).contains("Your account is not one of this service");
                stranger.checkAccessible("provider-refused");
            });
            Journeys.step("An answer from the provider that is not this browser's sign-in is refused", () -> {
                stranger.open("/sign-in/callback?code=forged&state=forged");
                assertThat(stranger.heading()).isEqualTo("You cannot sign in");
                assertThat(stranger.find("main").getText()).contains("The sign-in could not be completed");
                stranger.checkAccessible("provider-sign-in-not-completed");
            });
        }
    }

    /** The browser's request at the provider's authorization endpoint (ui-api's own requests to it come before). */
    private HttpUrl authorizationRequest() throws InterruptedException {
        for (RecordedRequest request = provider.takeRequest(5, TimeUnit.SECONDS); request != null;
             request = provider.takeRequest(5, TimeUnit.SECONDS)) {
            if (request.getRequestUrl() != null && request.getRequestUrl().encodedPath().endsWith("/authorize")) {
                return request.getRequestUrl();
            }
        }
        throw new AssertionError("The provider had no authorization request");
    }

    /** The provider's answer for this person, with the claims named as the platform is told above. */
    private static DefaultOAuth2TokenCallback as(String username, String borough, String role) {
        return new DefaultOAuth2TokenCallback(TENANT, "opaque-id-of-" + username, "JWT", null,
                Map.of("preferred_username", username, "name", username, "groups", List.of(role), "borough", borough));
    }
}
