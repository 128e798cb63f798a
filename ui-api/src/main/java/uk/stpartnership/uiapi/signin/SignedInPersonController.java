package uk.stpartnership.uiapi.signin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.web.Problem;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
@SecurityRequirement(name = UiApi.BEARER)
class SignedInPersonController {

    private final TokenClaims claims;

    SignedInPersonController(TokenClaims claims) {
        this.claims = claims;
    }

    @Get
    @Operation(operationId = "me", summary = "The signed-in person: username, name, organisation and roles")
    @ApiResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    SignedInPerson me(Authentication authentication) {
        return claims.signedIn(authentication);
    }
}
