package uk.stpartnership.uiapi.signin;

import com.nimbusds.jwt.JWTParser;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import uk.stpartnership.uiapi.UiApi;

import java.text.ParseException;

/**
 * Who the provider's ID token names, read with the bearer tokens' own mapping (micronaut.security.token.name-key and
 * roles-name): Micronaut's default for OpenID Connect would take the subject, which need not be the username.
 * Micronaut has checked the token (signature, issuer, audience, expiry, nonce) before it gets here.
 */
@Singleton
@Named(ProviderSignIn.PROVIDER)
@Requires(env = UiApi.OIDC)
class ProviderIdentity implements OpenIdAuthenticationMapper {

    private final JwtAuthenticationFactory bearerTokenMapping;

    ProviderIdentity(JwtAuthenticationFactory bearerTokenMapping) {
        this.bearerTokenMapping = bearerTokenMapping;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims openIdClaims, @Nullable State state) {
        try {
            return Publishers.just(bearerTokenMapping.createAuthentication(JWTParser.parse(tokenResponse.getIdToken()))
                    .map(person -> AuthenticationResponse.success(person.getName(), person.getRoles(), person.getAttributes()))
                    .orElseGet(() -> AuthenticationResponse.failure("The ID token names no one")));
        } catch (ParseException e) {
            return Publishers.just(AuthenticationResponse.failure("The ID token is not a JWT"));
        }
    }
}
