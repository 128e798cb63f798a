package uk.stpartnership.uiapi.pages;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.TestDatabases;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.stpartnership.uiapi.pages.PageClient.cookie;
import static uk.stpartnership.uiapi.pages.PageClient.csrf;

/**
 * What the pages do with no browser and no workflow-service: sign-in and its session cookie, the CSRF check, sign-out
 * and inactivity, the error pages and the pages' security headers. The browser journeys are in the local launcher.
 */
@MicronautTest(environments = "local")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest implements TestPropertyProvider {

    private static final String PASSWORD = "test-only-demo-password";

    @Inject
    EmbeddedServer server;

    private PageClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabases.localWithoutWorkflowService());
        properties.put("platform.pages.session-inactivity", "3s");
        return properties;
    }

    @BeforeEach
    void client() {
        client = new PageClient(server.getURI());
    }

    @Test
    void a_person_not_signed_in_is_sent_to_sign_in_and_the_sign_in_page_carries_the_pages_headers() {
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(home.headers().firstValue("Location")).hasValue("/sign-in?next=%2F");

        HttpResponse<String> signIn = get("/sign-in", null);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(signIn.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "default-src 'none'", "form-action 'self'").doesNotContain("unsafe-inline"));
        assertThat(signIn.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(signIn.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(signIn.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(signIn.body()).doesNotContain("<script>").contains("<script src=\"/assets/ui/js-enabled.js\"></script>");
    }

    @Test
    void gov_uk_frontends_css_js_and_fonts_are_served_under_assets() {
        assertThat(get("/assets/govuk-frontend.min.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/govuk-frontend.min.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/fonts/bold-b542beb274-v2.woff2", null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/ui/init.mjs", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_post_without_the_forms_token_is_refused_and_changes_nothing() {
        HttpResponse<String> withoutToken = post("/sign-in", Map.of("username", "practitioner.hackney", "password", PASSWORD), null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("st-session="));
        assertThat(withoutToken.body()).contains("You cannot do this").doesNotContain("Exception");

        String session = signIn("practitioner.hackney");
        HttpResponse<String> signOutWithoutToken = post("/sign-out", Map.of(), session);
        assertThat(signOutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(get("/not-a-page", session).statusCode()).as("still signed in").isEqualTo(404);
    }

    @Test
    void signing_in_opens_a_session_in_an_http_only_same_site_cookie_and_signing_out_ends_it() {
        HttpResponse<String> page = get("/sign-in", null);
        String signInCookie = cookie(page, "st-sign-in");
        HttpResponse<String> signedIn = post("/sign-in", Map.of("csrf", csrf(page.body()), "username", "practitioner.hackney",
                "password", PASSWORD, "next", "/consultations/request"), signInCookie);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/consultations/request");
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("st-session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HTTPOnly", "SameSite=Lax", "Path=/").doesNotContain("Max-Age");
        String session = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> notFound = get("/no-such-page", session);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found");

        HttpResponse<String> form = get("/consultations/request", session);
        assertThat(form.statusCode()).as("a page that needs nothing of workflow-service shows without it").isEqualTo(200);
        HttpResponse<String> request = post("/consultations/request", Map.of("csrf", csrf(form.body()), "caseReference", "HK-1",
                "practitionerRole", "Social worker", "helpWanted", "Help"), session);
        assertThat(request.statusCode()).isEqualTo(503);
        assertThat(request.body()).contains("Sorry, the service is unavailable").doesNotContain("Exception", "at uk.");

        HttpResponse<String> signedOut = post("/sign-out", Map.of("csrf", csrfOf(session)), session);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).hasValue("/sign-in?signedOut=true");
        assertThat(get("/no-such-page", session).statusCode()).as("the old cookie signs no one in").isEqualTo(303);
    }

    @Test
    void a_session_ends_after_the_configured_inactivity() throws InterruptedException {
        String session = signIn("champion.hackney");
        assertThat(get("/no-such-page", session).statusCode()).isEqualTo(404);

        Thread.sleep(3_500);

        assertThat(get("/no-such-page", session).statusCode()).isEqualTo(303);
    }

    @Test
    void a_wrong_password_is_an_error_summary_on_the_page_keeping_the_username() {
        HttpResponse<String> page = get("/sign-in", null);
        HttpResponse<String> wrong = post("/sign-in", Map.of("csrf", csrf(page.body()), "username", "champion.hackney",
                "password", "not-the-password"), cookie(page, "st-sign-in"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("<title>Error: Sign in", "govuk-error-summary", "Enter a correct username and password",
                "value=\"champion.hackney\"").doesNotContain("not-the-password");
    }

    /** Signs in through the page; answers the session cookie ("st-session=..."). */
    private String signIn(String username) {
        HttpResponse<String> page = get("/sign-in", null);
        HttpResponse<String> signedIn = post("/sign-in", Map.of("csrf", csrf(page.body()), "username", username, "password", PASSWORD),
                cookie(page, "st-sign-in"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return cookie(signedIn, "st-session");
    }

    /** The token the session's forms carry, read from the sign-out form of a page of the session. */
    private String csrfOf(String session) {
        return csrf(get("/consultations/request", session).body());
    }

    private HttpResponse<String> get(String path, String cookie) {
        return client.get(path, cookie);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String cookie) {
        return client.post(path, form, cookie);
    }
}
