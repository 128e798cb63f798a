package uk.stpartnership.uiapi.signin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import uk.stpartnership.uiapi.people.Passwords;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.people.Person;
import uk.stpartnership.web.ProblemException;

import java.util.UUID;

/** A person of the directory proves who they are with their password and gets a signed bearer token. */
@Singleton
public class SignIn {

    @Serdeable
    public record Credentials(@NotBlank String username, @NotBlank String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + "]"; // never the password, in any log
        }
    }

    @Serdeable
    public record AccessToken(@JsonProperty("access_token") String accessToken,
                              @JsonProperty("token_type") String tokenType,
                              @JsonProperty("expires_in") int expiresIn) {
    }

    private final PeopleDirectory directory;
    private final TokenGenerator tokens;
    private final TokenClaims claims;
    private final SignInThrottle throttle;
    private final int expiresIn;
    /** Checked when there is no password to check, so that an unknown username takes as long as a wrong password. */
    private final String noPassword = Passwords.hash(UUID.randomUUID().toString());

    SignIn(PeopleDirectory directory, TokenGenerator tokens, TokenClaims claims, SignInThrottle throttle,
           AccessTokenConfiguration configuration) {
        this.directory = directory;
        this.tokens = tokens;
        this.claims = claims;
        this.throttle = throttle;
        this.expiresIn = configuration.getExpiration();
    }

    /** {@code client} is the caller's address: failures are counted per username and per client. */
    public AccessToken signIn(Credentials credentials, String client) {
        Person person = checkPassword(credentials, client);
        String token = tokens.generateToken(Authentication.build(person.id(), person.roles(), claims.of(person)), expiresIn)
                .orElseThrow(() -> new IllegalStateException("No bearer token could be signed"));
        return new AccessToken(token, "Bearer", expiresIn);
    }

    /** The person the username and password are for; the pages' sign-in opens a session for them. */
    public Person checkPassword(Credentials credentials, String client) {
        throttle.beforeAttempt(credentials.username(), client);
        var account = directory.account(credentials.username()).filter(a -> a.passwordHash() != null);
        boolean matches = Passwords.matches(credentials.password(), account.map(PeopleDirectory.Account::passwordHash).orElse(noPassword));
        if (account.isEmpty() || !matches) {
            throttle.failed(credentials.username(), client);
            // One answer for an unknown username and a wrong password: it must not tell which usernames exist.
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "Unknown username or wrong password");
        }
        throttle.succeeded(credentials.username());
        return account.get().person();
    }
}
