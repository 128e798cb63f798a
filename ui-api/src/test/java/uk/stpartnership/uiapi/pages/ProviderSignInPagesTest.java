package uk.stpartnership.uiapi.pages;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.uiapi.TestDatabases;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.people.Organisation;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.people.Person;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.stpartnership.uiapi.pages.PageClient.cookie;
import static uk.stpartnership.uiapi.pages.PageClient.csrf;
import static uk.stpartnership.uiapi.pages.PageClient.setCookie;

/**
 * The pages' sign-in outside local mode, against a real OpenID Connect provider (mock-oauth2-server, which signs
 * in whoever the test names without a login form): the authorization code flow with PKCE, the callback, the
 * page session, sign-out, and who is refused. The provider's claims are named as OidcTokensTest names them.
 */
@MicronautTest(environments = UiApi.OIDC)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderSignInPagesTest implements TestPropertyProvider {

    private static final String CLIENT_ID = "ui-api-pages";

    private final MockOAuth2Server provider = new MockOAuth2Server();

    @Inject
    EmbeddedServer server;

    @Inject
    PeopleDirectory directory;

    private PageClient client;

    @Override
    public Map<String, String> getProperties() {
        try {
            provider.start(InetAddress.getLoopbackAddress(), FreePort.find());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The OpenID Connect provider did not start", e);
        }
        return properties(provider.issuerUrl("borough-tenant").toString());
    }

    private static Map<String, String> properties(String issuer) {
        Map<String, String> properties = new HashMap<>(TestDatabases.fresh());
        properties.put("micronaut.security.token.jwt.signatures.jwks.oidc.url", issuer + "/jwks");
        properties.put("micronaut.security.token.jwt.claims-validators.issuer", issuer);
        properties.put("micronaut.security.oauth2.clients.provider.openid.issuer", issuer);
        properties.put("micronaut.security.oauth2.clients.provider.client-id", CLIENT_ID);
        properties.put("micronaut.security.oauth2.clients.provider.client-secret", "test-only-client-secret");
        properties.put("micronaut.security.token.name-key", "preferred_username");
        properties.put("micronaut.security.token.roles-name", "groups");
        properties.put("platform.token.organisation-claim", "borough");
        // No workflow-service: the consultation request form needs nothing of it.
        properties.put("platform.workflow-service-url", "http://127.0.0.1:" + FreePort.find());
        return properties;
    }

    @BeforeAll
    void people() {
        directory.add(List.of(new Organisation("hackney", "Hackney", "ENGLAND_AND_WALES")), List.of(new PeopleDirectory.Account(
                new Person("champion.hackney", "Sam Champion", "sam@hackney.test", "hackney", List.of("CHAMPION", "PRACTITIONER")), null)));
    }

    @BeforeEach
    void client() {
        client = new PageClient(server.getURI());
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    void a_person_signs_in_at_the_provider_with_pkce_and_gets_the_page_session_cookie() {
        HttpResponse<String> page = client.get("/consultations/request", null);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/sign-in?next=%2Fconsultations%2Frequest");

        HttpResponse<String> signIn = client.get("/sign-in?next=%2Fconsultations%2Frequest", null);
        assertThat(signIn.statusCode()).isBetween(302, 303);
        URI authorize = URI.create(signIn.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(provider.authorizationEndpointUrl("borough-tenant").toString());
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", server.getURI().resolve("/sign-in/callback").toString())
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(query.get("scope")).contains("openid");
        assertThat(setCookie(signIn, ProviderSignInPages.NEXT_COOKIE)).contains("HTTPOnly", "Secure", "SameSite=Lax");

        String session = signInAt(signIn, "champion.hackney");
        assertThat(session).as("Set-Cookie of the session").contains("HTTPOnly", "SameSite=Lax", "Secure", "Path=/");
        String sessionCookie = session.substring(0, session.indexOf(';'));

        HttpResponse<String> form = client.get("/consultations/request", sessionCookie);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).as("the directory's name for them, and the section their roles open")
                .contains("Sam Champion", "Case consultations");

        HttpResponse<String> signedOut = client.post("/sign-out", Map.of("csrf", csrf(form.body())), sessionCookie);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).hasValue("/sign-in?signedOut=true");
        assertThat(client.get("/consultations/request", sessionCookie).statusCode()).as("the old cookie signs no one in").isEqualTo(303);
        HttpResponse<String> signedOutPage = client.get("/sign-in?signedOut=true", null);
        assertThat(signedOutPage.statusCode()).as("a page, not straight back to the provider").isEqualTo(200);
        assertThat(signedOutPage.body()).contains("You have signed out", "href=\"/sign-in\"");
    }

    @Test
    void a_callback_whose_state_is_not_the_browsers_own_is_refused() {
        HttpResponse<String> signIn = client.get("/sign-in", null);
        String callback = client.get(signIn.headers().firstValue("Location").orElseThrow(), null).headers().firstValue("Location").orElseThrow();
        String state = query(URI.create(callback)).get("state");
        // Another sign-in's answer (an attacker's, to sign this browser in as them), and one with its state garbled.
        HttpResponse<String> otherSignIn = client.get("/sign-in", null);
        String otherCallback = client.get(otherSignIn.headers().firstValue("Location").orElseThrow(), null)
                .headers().firstValue("Location").orElseThrow();
        String garbled = callback.replaceFirst("state=[^&]+",
                "state=" + URLEncoder.encode(new StringBuilder(state).reverse().toString(), StandardCharsets.UTF_8));
        assertThat(garbled).isNotEqualTo(callback);

        for (String tampered : List.of(otherCallback, garbled)) {
            HttpResponse<String> refused = client.get(tampered, cookies(signIn));
            assertThat(refused.statusCode()).as(tampered).isEqualTo(400);
            assertThat(refused.body()).contains("You cannot sign in", "The sign-in could not be completed", "href=\"/sign-in\"");
            assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("st-session="));
        }
    }

    @Test
    void a_person_the_directory_does_not_hold_is_refused() {
        String unknown = "nobody.hackney";
        HttpResponse<String> signIn = client.get("/sign-in", null);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("borough-tenant", "opaque-id-of-" + unknown, "JWT", null,
                claims(unknown)));
        HttpResponse<String> atProvider = client.get(signIn.headers().firstValue("Location").orElseThrow(), null);

        HttpResponse<String> refused = client.get(atProvider.headers().firstValue("Location").orElseThrow(), cookies(signIn));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot sign in", "Your account is not one of this service");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("st-session="));
    }

    @Test
    void ui_api_does_not_start_when_the_providers_discovery_document_cannot_be_read() {
        Map<String, Object> unreachable = new HashMap<>(properties("http://127.0.0.1:" + FreePort.find() + "/borough-tenant"));
        assertThatThrownBy(() -> ApplicationContext.run(unreachable, "test", UiApi.OIDC).close())
                .hasMessageContaining("Failed to retrieve OpenID configuration");
    }

    /** At the provider as {@code username}, then back at the callback: answers the session's Set-Cookie. */
    private String signInAt(HttpResponse<String> signIn, String username) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("borough-tenant", "opaque-id-of-" + username, "JWT", null,
                claims(username)));
        HttpResponse<String> atProvider = client.get(signIn.headers().firstValue("Location").orElseThrow(), null);
        assertThat(atProvider.statusCode()).isEqualTo(302);
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(server.getURI().resolve("/sign-in/callback").toString());

        HttpResponse<String> signedIn = client.get(callback, cookies(signIn));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/consultations/request");
        return setCookie(signedIn, "st-session");
    }

    /** The provider's claims, named as application-oidc.yml is told here: the subject is an opaque id, not the username. */
    private static Map<String, Object> claims(String username) {
        return Map.of("preferred_username", username, "name", "S. Champion, as the provider names them", "groups", List.of("CHAMPION", "PRACTITIONER"),
                "borough", "hackney");
    }

    /** Every cookie the answer sets, as the browser sends them back. */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
