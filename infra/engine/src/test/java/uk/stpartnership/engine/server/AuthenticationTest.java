package uk.stpartnership.engine.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside local mode nobody reaches the engine without credentials: not on its gRPC port, not on its operations port. */
class AuthenticationTest {

    private static final String SECRET = "gateway-secret-for-tests-0123";
    private static final String ISSUER = "https://login.example.test/realms/partnership";
    private static final String AUDIENCE = "process-engine";
    private static final String CLIENT_SECRET = "workflow-service-client-secret";

    private static RSAKey signingKey;
    private static HttpServer issuer;
    private static EngineServer server;

    @BeforeAll
    static void start() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("engine-test").generate();
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        // The token endpoint the Camunda client's OAuth credentials provider asks, as an identity provider answers it.
        issuer.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer;
            try {
                answer = form.contains("client_secret=" + CLIENT_SECRET)
                        ? ("{\"access_token\":\"" + accessToken(signingKey, ISSUER, AUDIENCE, Instant.now().plusSeconds(300))
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8) : new byte[0];
            } catch (JOSEException e) {
                throw new IOException(e);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.length > 0 ? 200 : 401, answer.length > 0 ? answer.length : -1);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        issuer.start();
        URI jwksUri = URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks");
        server = TestServers.start(new EngineServerSettings.Authentication(false, SECRET,
                new EngineServerSettings.OAuth(jwksUri.toURL(), ISSUER, AUDIENCE)));
    }

    @AfterAll
    static void stop() {
        server.close();
        issuer.stop(0);
    }

    @Test
    void aGrpcCallWithoutCredentialsIsRefused() {
        try (CamundaClient client = TestServers.client(server)) {
            assertUnauthenticated(client);
        }
    }

    @Test
    void aGrpcCallWithTheWrongSecretIsRefused() {
        try (CamundaClient client = TestServers.client(server, TestServers.bearer("not-the-gateway-secret-000"))) {
            assertUnauthenticated(client);
        }
    }

    @Test
    void aGrpcCallWithTheBearerSecretIsAnswered() {
        try (CamundaClient client = TestServers.client(server, TestServers.bearer(SECRET))) {
            assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
        }
    }

    @Test
    void aGrpcCallWithAnAccessTokenFromTheIssuerForThisAudienceIsAnswered() throws JOSEException {
        try (CamundaClient client = TestServers.client(server, token(signingKey, ISSUER, AUDIENCE, Instant.now().plusSeconds(300)))) {
            assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
        }
    }

    @Test
    void theCamundaClientsOwnOAuthCredentialsProviderIsAnswered(@TempDir Path cache) {
        CredentialsProvider oauth = CredentialsProvider.newCredentialsProviderBuilder()
                .clientId("workflow-service").clientSecret(CLIENT_SECRET).audience(AUDIENCE)
                .authorizationServerUrl("http://127.0.0.1:" + issuer.getAddress().getPort() + "/token")
                .credentialsCachePath(cache.resolve("credentials").toString()).build();
        try (CamundaClient client = TestServers.client(server, oauth)) {
            assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
        }
    }

    @Test
    void accessTokensForAnotherAudienceFromAnotherIssuerExpiredOrSignedByAnotherKeyAreRefused() throws JOSEException {
        Instant later = Instant.now().plusSeconds(300);
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("engine-test").generate();
        for (CredentialsProvider refused : new CredentialsProvider[] {
                token(signingKey, ISSUER, "another-api", later),
                token(signingKey, "https://elsewhere.example.test", AUDIENCE, later),
                token(signingKey, ISSUER, AUDIENCE, Instant.now().minusSeconds(600)),
                token(stranger, ISSUER, AUDIENCE, later)}) {
            try (CamundaClient client = TestServers.client(server, refused)) {
                assertUnauthenticated(client);
            }
        }
    }

    @Test
    void theOperationsApiRefusesCallsWithoutTheServiceTokenOrWithTheGatewaySecret() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String[]> attempts = Map.of(
                "none", new String[0],
                "wrong service token", new String[] {"X-Service-Token", "not-the-service-token-0000"},
                "gateway secret", new String[] {"Authorization", "Bearer " + SECRET});
        for (var attempt : attempts.entrySet()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(TestServers.opsUri(server, "/instances"));
            if (attempt.getValue().length > 0) {
                request.header(attempt.getValue()[0], attempt.getValue()[1]);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(attempt.getKey()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        HttpResponse<String> resolve = http.send(HttpRequest.newBuilder(TestServers.opsUri(server, "/incidents/1/resolve"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resolve.statusCode()).isEqualTo(401);
    }

    @Test
    void theOperationsApiAnswersTheServiceToken() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServers.opsUri(server, "/instances"))
                .header("X-Service-Token", TestServers.SERVICE_TOKEN).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static void assertUnauthenticated(CamundaClient client) {
        assertThatThrownBy(() -> client.newTopologyRequest().send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    private static CredentialsProvider token(RSAKey key, String issuer, String audience, Instant expires) throws JOSEException {
        return TestServers.bearer(accessToken(key, issuer, audience, expires));
    }

    private static String accessToken(RSAKey key, String issuer, String audience, Instant expires) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("workflow-service")
                        .issueTime(new Date()).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
