package uk.stpartnership.uiapi;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** ui-api: where people and the web UI sign in and reach the partnership's work. */
@OpenAPIDefinition(
        info = @Info(title = "S&T Partnership Platform API", version = "0.1.0",
                description = "Sign-in, the signed-in person, their tasks, case consultations, governance "
                        + "(meeting series, meetings, the decision log, actions) and complaints. "
                        + "Errors are application/problem+json (RFC 9457) naming the offending field.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The ui-api that serves this document"))
@SecurityScheme(name = UiApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class UiApi {

    public static final String BEARER = "bearer";

    /** The environment that accepts an OpenID Connect provider's tokens (application-oidc.yml). */
    public static final String OIDC = "oidc";

    public static void main(String[] args) {
        // Setting OIDC_JWKS_URL switches production sign-in to the provider (the pages' client also needs OIDC_CLIENT_ID and _SECRET).
        String[] environments = System.getenv("OIDC_JWKS_URL") == null ? new String[0] : new String[] {OIDC};
        Micronaut.build(args).mainClass(UiApi.class).environments(environments).start();
    }
}
