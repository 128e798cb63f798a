package uk.stpartnership.uiapi.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.uiapi.Api;
import uk.stpartnership.uiapi.TestDatabases;
import uk.stpartnership.uiapi.people.Passwords;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.people.Person;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a token that ui-api signed, that expires, is valid now and names a person still in the directory, is accepted. */
@MicronautTest(environments = "local", transactional = false) // the person the test adds must be there for the server
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenValidationTest implements TestPropertyProvider {

    private static final String SECRET = "test-only-jwt-secret-of-at-least-32-characters";

    @Inject
    EmbeddedServer server;

    @Inject
    PeopleDirectory directory;

    @Inject
    Leaver leaver;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabases.local();
    }

    @Test
    void a_well_formed_token_of_ui_api_is_accepted() throws JOSEException {
        assertThat(me(token(claims -> claims)).status()).isEqualTo(200);
    }

    @Test
    void a_token_without_an_expiry_is_refused() throws JOSEException {
        assertThat(me(token(claims -> claims.expirationTime(null))).status()).isEqualTo(401);
    }

    @Test
    void a_token_not_valid_before_a_time_still_to_come_is_refused() throws JOSEException {
        assertThat(me(token(claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))).status()).isEqualTo(401);
    }

    @Test
    void a_token_from_another_issuer_is_refused_even_with_ui_apis_key() throws JOSEException {
        assertThat(me(token(claims -> claims.issuer("someone-else"))).status()).isEqualTo(401);
        assertThat(me(token(claims -> claims.issuer(null))).status()).isEqualTo(401);
    }

    @Test
    void a_token_naming_nobody_in_the_directory_is_refused() throws JOSEException {
        assertThat(me(token(claims -> claims.subject("nobody.hackney"))).status()).isEqualTo(401);
    }

    @Test
    void a_person_who_has_left_the_directory_is_refused_with_the_token_they_were_given() {
        directory.add(List.of(), List.of(new PeopleDirectory.Account(
                new Person("leaver.hackney", "Leaving colleague", "leaver.hackney@st-partnership.test", "hackney", List.of("CHAMPION")),
                Passwords.hash("leaver-password"))));
        Api api = new Api(server.getURI());
        String[] bearer = api.bearer("leaver.hackney", "leaver-password");
        assertThat(api.get("/api/me", bearer).status()).isEqualTo(200);

        leaver.remove("leaver.hackney");

        assertThat(api.get("/api/me", bearer).status()).isEqualTo(401);
    }

    /** Takes a person out of the directory, as an administrator would when they leave. */
    @Singleton
    static class Leaver {
        private final JdbcOperations jdbc;

        Leaver(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        void remove(String id) {
            jdbc.prepareStatement("DELETE FROM person WHERE id = ?", statement -> {
                statement.setString(1, id);
                return statement.executeUpdate();
            });
        }
    }

    private Api.Answer me(String token) {
        return new Api(server.getURI()).get("/api/me", "Authorization", "Bearer " + token);
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("ui-api")
                .subject("champion.hackney")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("roles", List.of("CHAMPION"))
                .claim("organisation", "hackney")
                .claim("name", "Champion, Hackney");
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
        token.sign(new MACSigner(SECRET));
        return token.serialize();
    }
}
