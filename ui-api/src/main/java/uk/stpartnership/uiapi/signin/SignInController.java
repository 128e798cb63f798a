package uk.stpartnership.uiapi.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.stpartnership.uiapi.UiApi;
import uk.stpartnership.web.Problem;


@Controller("/api/sign-in")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING) // the password hash is deliberately slow
@Requires(notEnv = UiApi.OIDC) // there people sign in at the OpenID Connect provider
@Tag(name = "Sign-in")
class SignInController {

    private final SignIn signIn;
    private final ClientAddress client;

    SignInController(SignIn signIn, ClientAddress client) {
        this.signIn = signIn;
        this.client = client;
    }

    @Post
    @Operation(operationId = "signIn", summary = "Sign in with username and password; the answer holds the bearer token for every other call",
            security = {})
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "400", description = "username or password missing, each named", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Unknown username or wrong password", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this username or from this client: "
            + "refused, whatever the password, until the lock period (platform.sign-in.lock-period) after the last failure "
            + "has passed; the attempts before are slowed. Unknown usernames are counted alike", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    SignIn.AccessToken signIn(@Valid @Body SignIn.Credentials credentials, HttpRequest<?> request) {
        return signIn.signIn(credentials, client.of(request));
    }
}
