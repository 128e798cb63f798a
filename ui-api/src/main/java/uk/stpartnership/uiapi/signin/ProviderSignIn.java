package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.client.OauthClient;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.people.PeopleDirectory;
import uk.stpartnership.uiapi.people.Person;
import uk.stpartnership.web.ProblemException;

import java.util.Map;
import java.util.Optional;

/**
 * Sign-in at the OpenID Connect provider, with micronaut-security-oauth2's client: the authorization code flow with
 * PKCE (S256), state and nonce, each kept in a short-lived cookie until the provider sends the person back. What it
 * ends in is the person of the directory, for whom the pages open their own session (PageSessions), as after a
 * local account's password: Micronaut's own ends (a JWT cookie, micronaut-session) are not used.
 */
@Context
@Requires(env = UiApi.OIDC)
public class ProviderSignIn {

    /** The client's name in micronaut.security.oauth2.clients (application-oidc.yml). */
    public static final String PROVIDER = "provider";

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignIn.class);

    private final OauthClient provider;
    private final PeopleDirectory directory;

    /**
     * Created at start, so that ui-api does not start when the provider's discovery document could not be read:
     * Micronaut would otherwise try again on each request's event loop, and every request would fail (500).
     */
    ProviderSignIn(@Named(PROVIDER) OauthClient provider, @Named(PROVIDER) OpenIdProviderMetadata discovered, PeopleDirectory directory) {
        this.provider = provider;
        this.directory = directory;
    }

    /** The redirect to the provider's authorization endpoint, with the cookies that the callback checks. */
    public MutableHttpResponse<?> redirectToProvider(HttpRequest<?> request) {
        return Mono.from(provider.authorizationRedirect(request)).blockOptional()
                .orElseThrow(() -> new IllegalStateException("No redirect to the OpenID Connect provider"));
    }

    /**
     * The person the provider's answer at the callback names: 400 if the answer is not one to the sign-in this
     * browser started (state, PKCE, nonce) or the provider's tokens do not check out; 403 for a person the directory
     * does not hold, as a bearer token for them is refused in local mode (TokenNamesAPersonOfTheDirectory).
     */
    @SuppressWarnings("unchecked")
    public Person person(HttpRequest<?> callback) {
        Optional<AuthenticationResponse> answer;
        try {
            answer = Mono.from(provider.onCallback((HttpRequest<Map<String, Object>>) callback)).blockOptional();
        } catch (RuntimeException e) {
            answer = Optional.of(AuthenticationResponse.failure(e.toString()));
        }
        Optional<Authentication> signedIn = answer.flatMap(AuthenticationResponse::getAuthentication);
        if (signedIn.isEmpty()) {
            LOG.warn("A sign-in at the OpenID Connect provider failed: {}", answer.flatMap(AuthenticationResponse::getMessage).orElse("no answer"));
        }
        Authentication authentication = signedIn.orElseThrow(() ->
                new ProblemException(HttpStatus.BAD_REQUEST, "The sign-in could not be completed"));
        return directory.person(authentication.getName()).orElseThrow(() -> {
            LOG.info("The OpenID Connect provider signed in {}, who is not in the people directory", authentication.getName());
            return new ProblemException(HttpStatus.FORBIDDEN, "Your account is not one of this service's");
        });
    }
}
