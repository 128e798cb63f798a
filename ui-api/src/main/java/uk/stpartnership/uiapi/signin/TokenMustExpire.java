package uk.stpartnership.uiapi.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A token without an expiry would be good forever once stolen: refused (401). Micronaut's own expiry check lets
 * such a token through; this one does not.
 */
@Singleton
class TokenMustExpire<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
