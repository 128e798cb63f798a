package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.stpartnership.uiapi.UiApi;

@Controller("/api/sign-in")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING) // the password hash is deliberately slow
@Requires(notEnv = UiApi.OIDC) // there people sign in at the OpenID Connect provider
@Tag(name = "Sign-in")
class SignInController {

    private final SignIn signIn;

    SignInController(SignIn signIn) {
        this.signIn = signIn;
    }

    @Post
    @Operation(summary = "Sign in with username and password; the answer holds the bearer token for every other call")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "400", description = "username or password missing (problem+json naming the field)")
    @ApiResponse(responseCode = "401", description = "Unknown username or wrong password (problem+json)")
    SignIn.AccessToken signIn(@Valid @Body SignIn.Credentials credentials) {
        return signIn.signIn(credentials);
    }
}
