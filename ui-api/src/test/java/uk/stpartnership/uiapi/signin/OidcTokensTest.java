package uk.stpartnership.uiapi.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;
import uk.stpartnership.uiapi.UiApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in at an OpenID Connect provider: tokens are checked against the provider's published keys (JWKS)
 * and issuer, with the claim names the provider uses. The provider here is its key set served over HTTP.
 */
@MicronautTest(environments = UiApi.OIDC)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcTokensTest implements TestPropertyProvider {

    private static final String ISSUER = "https://login.example.test/borough-tenant";

    private final RSAKey providerKey = rsaKey("provider-key");
    private HttpServer provider;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        byte[] jwks = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String address = "http://127.0.0.1:" + provider.getAddress().getPort();
        serve("/keys", jwks);
        // What the pages' sign-in reads at start (ProviderSignInPagesTest signs in at a whole provider).
        serve("/.well-known/openid-configuration", ("{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + address + "/keys\","
                + "\"authorization_endpoint\":\"" + address + "/authorize\",\"token_endpoint\":\"" + address + "/token\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(StandardCharsets.UTF_8));
        provider.start();
        Map<String, String> properties = new HashMap<>(TestDatabases.fresh());
        properties.put("micronaut.security.token.jwt.signatures.jwks.oidc.url", address + "/keys");
        properties.put("micronaut.security.token.jwt.claims-validators.issuer", ISSUER);
        properties.put("micronaut.security.oauth2.clients.provider.openid.issuer", address);
        properties.put("micronaut.security.oauth2.clients.provider.client-id", "ui-api-pages");
        properties.put("micronaut.security.oauth2.clients.provider.client-secret", "test-only-client-secret");
        properties.put("micronaut.security.token.name-key", "preferred_username");
        properties.put("micronaut.security.token.roles-name", "groups");
        properties.put("platform.token.organisation-claim", "borough");
        return properties;
    }

    private void serve(String path, byte[] json) {
        provider.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
        });
    }

    @AfterAll
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void a_token_from_the_provider_signs_the_person_in_with_its_claims() throws JOSEException {
        Api.Answer answer = me(providerToken(providerKey, ISSUER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(Map.of(
                "id", "champion.hackney",
                "name", "Sam Champion",
                "organisation", "hackney",
                "roles", List.of("CHAMPION", "PRACTITIONER")));
    }

    @Test
    void tokens_from_other_keys_or_issuers_are_refused() throws JOSEException {
        assertThat(me(providerToken(rsaKey("provider-key"), ISSUER)).status()).isEqualTo(401);
        assertThat(me(providerToken(providerKey, "https://login.example.test/another-tenant")).status()).isEqualTo(401);
    }

    @Test
    void tokens_signed_by_ui_api_itself_are_refused_and_password_sign_in_is_not_offered() throws JOSEException {
        SignedJWT own = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims("ui-api").build());
        own.sign(new MACSigner("test-only-jwt-secret-of-at-least-32-characters"));

        assertThat(me(own.serialize()).status()).isEqualTo(401);
        Api.Answer signIn = new Api(server.getURI()).post("/api/sign-in", "{\"username\":\"champion.hackney\",\"password\":\"x\"}");
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.body()).doesNotContain("access_token");
    }

    @Test
    void micronauts_oauth2_module_adds_no_document_and_no_challenge_of_its_own() throws IOException, InterruptedException {
        assertThat(new Api(server.getURI()).get("/.well-known/oauth-protected-resource").status()).isNotEqualTo(200);
        HttpResponse<Void> refused = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.getURI().resolve("/api/me")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("WWW-Authenticate")).noneMatch(challenge -> challenge.contains("resource_metadata"));
    }

    private Api.Answer me(String token) {
        return new Api(server.getURI()).get("/api/me", "Authorization", "Bearer " + token);
    }

    private static String providerToken(RSAKey key, String issuer) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims(issuer).build());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    private static JWTClaimsSet.Builder claims(String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("5f1c9a0e-opaque-provider-id")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "champion.hackney")
                .claim("name", "Sam Champion")
                .claim("groups", List.of("PRACTITIONER", "CHAMPION"))
                .claim("borough", "hackney");
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
