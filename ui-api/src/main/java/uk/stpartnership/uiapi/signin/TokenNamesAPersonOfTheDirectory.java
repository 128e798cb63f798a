package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.uiapi.people.PeopleDirectory;

/**
 * A token that ui-api signed stays valid for its whole lifetime, but the person it names may have left the
 * directory since: then it is refused (401). With an OpenID Connect provider, the provider is who decides who may
 * sign in, and its people need not be in the directory.
 */
@Singleton
@Requires(notEnv = UiApi.OIDC)
class TokenNamesAPersonOfTheDirectory<T> implements GenericJwtClaimsValidator<T> {

    private final PeopleDirectory directory;
    private final String usernameClaim;

    TokenNamesAPersonOfTheDirectory(PeopleDirectory directory, @Value("${micronaut.security.token.name-key}") String usernameClaim) {
        this.directory = directory;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.get(usernameClaim) instanceof String username && directory.account(username).isPresent();
    }
}
