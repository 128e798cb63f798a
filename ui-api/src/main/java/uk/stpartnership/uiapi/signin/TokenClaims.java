package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import uk.stpartnership.uiapi.people.Person;
import uk.stpartnership.web.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * Where a bearer token keeps the person's organisation and display name. The names are configuration because an
 * OpenID Connect provider's tokens may call them otherwise (the username and roles claims are Micronaut's own
 * settings: micronaut.security.token.name-key and roles-name).
 */
@Singleton
public class TokenClaims {

    private final String organisationClaim;
    private final String nameClaim;

    TokenClaims(@Value("${platform.token.organisation-claim}") String organisationClaim,
                @Value("${platform.token.name-claim}") String nameClaim) {
        this.organisationClaim = organisationClaim;
        this.nameClaim = nameClaim;
    }

    /** The claims, beside subject and roles, of a token that ui-api signs for {@code person}. */
    public Map<String, Object> of(Person person) {
        return Map.of(organisationClaim, person.organisation(), nameClaim, person.displayName());
    }

    /** Who the validated token speaks for; a token without an organisation gives no access, as it scopes everything. */
    public SignedInPerson signedIn(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        if (!(claims.get(organisationClaim) instanceof String organisation) || organisation.isBlank()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "The token names no organisation (claim '" + organisationClaim + "')");
        }
        String name = claims.get(nameClaim) instanceof String n ? n : authentication.getName();
        return new SignedInPerson(authentication.getName(), name, organisation,
                authentication.getRoles().stream().sorted().toList());
    }
}
