package uk.stpartnership.engine.server;

import uk.stpartnership.engine.EngineClock;
import uk.stpartnership.engine.gateway.BearerSecret;

import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How the engine server runs: its database, where it listens, and who may call it.
 *
 * @param grpc         where Zeebe's gateway API listens (port 0: a free one)
 * @param ops          where the operations HTTP API listens (port 0: a free one)
 * @param serviceToken the platform's service token, which the operations API always requires
 */
public record EngineServerSettings(Database database, EngineClock clock, InetSocketAddress grpc, InetSocketAddress ops,
                                   Authentication authentication, String serviceToken) {

    public static final int DEFAULT_GRPC_PORT = 26500;
    public static final int DEFAULT_OPS_PORT = 9600;

    /** @param poolSize connections the engine keeps to PostgreSQL */
    public record Database(String jdbcUrl, String username, String password, String schema, int poolSize) {

        public Database {
            Objects.requireNonNull(jdbcUrl, "ENGINE_JDBC_URL is required");
            schema = schema == null || schema.isBlank() ? "engine" : schema;
            if (poolSize < 2) {
                throw new IllegalArgumentException("ENGINE_DB_POOL_SIZE must be at least 2");
            }
        }
    }

    /**
     * Who may call the gRPC API. Local mode takes no credentials and so listens on the loopback interface only;
     * otherwise a caller sends the bearer secret or an access token from the OAuth issuer (either is enough).
     */
    public record Authentication(boolean local, String bearerSecret, OAuth oauth) {

        public static Authentication none() {
            return new Authentication(true, null, null);
        }

        public static Authentication bearer(String secret) {
            return new Authentication(false, secret, null);
        }

        public Authentication {
            if (!local && bearerSecret == null && oauth == null) {
                throw new IllegalArgumentException(
                        "Outside local mode (ENGINE_AUTH=none) set ENGINE_GRPC_SECRET or ENGINE_OAUTH_JWKS_URL with its issuer and audience");
            }
            if (bearerSecret != null) {
                BearerSecret.requireStrong(bearerSecret, "ENGINE_GRPC_SECRET");
            }
        }

        String describe() {
            if (local) {
                return "none (local mode)";
            }
            return bearerSecret != null && oauth != null ? "bearer secret or OAuth" : bearerSecret != null ? "bearer secret" : "OAuth";
        }
    }

    /** An OAuth issuer whose client-credentials access tokens the gateway accepts. */
    public record OAuth(URL jwks, String issuer, String audience) {

        public OAuth {
            Objects.requireNonNull(jwks, "ENGINE_OAUTH_JWKS_URL");
            Objects.requireNonNull(issuer, "ENGINE_OAUTH_ISSUER is required with ENGINE_OAUTH_JWKS_URL");
            Objects.requireNonNull(audience, "ENGINE_OAUTH_AUDIENCE is required with ENGINE_OAUTH_JWKS_URL");
        }
    }

    public EngineServerSettings {
        Objects.requireNonNull(database, "database");
        clock = clock == null ? EngineClock.system() : clock;
        Objects.requireNonNull(authentication, "authentication");
        BearerSecret.requireStrong(serviceToken, "PLATFORM_SERVICE_TOKEN");
        if (authentication.local() && !(grpc.getAddress().isLoopbackAddress() && ops.getAddress().isLoopbackAddress())) {
            throw new IllegalArgumentException("In local mode (ENGINE_AUTH=none) the engine listens on 127.0.0.1 only, not on "
                    + grpc.getHostString() + " / " + ops.getHostString());
        }
    }

    /**
     * Reads the settings from system properties or, failing those, the environment: a property is the variable's
     * name in lower case with dots, {@code ENGINE_GRPC_PORT} → {@code engine.grpc.port}.
     */
    public static EngineServerSettings fromEnvironment() {
        return from(name -> {
            String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
            return property != null ? property : System.getenv(name);
        });
    }

    static EngineServerSettings from(UnaryOperator<String> lookup) {
        Database database = new Database(lookup.apply("ENGINE_JDBC_URL"), lookup.apply("ENGINE_JDBC_USER"),
                lookup.apply("ENGINE_JDBC_PASSWORD"), lookup.apply("ENGINE_SCHEMA"),
                number(lookup, "ENGINE_DB_POOL_SIZE", 8));
        String mode = or(lookup.apply("ENGINE_AUTH"), "required").toLowerCase(Locale.ROOT);
        if (!mode.equals("none") && !mode.equals("required")) {
            throw new IllegalArgumentException("ENGINE_AUTH: none (local mode) or required, not " + mode);
        }
        String jwks = lookup.apply("ENGINE_OAUTH_JWKS_URL");
        OAuth oauth = jwks == null || jwks.isBlank() ? null
                : new OAuth(url(jwks), lookup.apply("ENGINE_OAUTH_ISSUER"), lookup.apply("ENGINE_OAUTH_AUDIENCE"));
        Authentication authentication = mode.equals("none") ? Authentication.none()
                : new Authentication(false, blankToNull(lookup.apply("ENGINE_GRPC_SECRET")), oauth);
        InetSocketAddress grpc = new InetSocketAddress(or(lookup.apply("ENGINE_GRPC_HOST"), "127.0.0.1"),
                number(lookup, "ENGINE_GRPC_PORT", DEFAULT_GRPC_PORT));
        InetSocketAddress ops = new InetSocketAddress(or(lookup.apply("ENGINE_OPS_HOST"), "127.0.0.1"),
                number(lookup, "ENGINE_OPS_PORT", DEFAULT_OPS_PORT));
        return new EngineServerSettings(database, EngineClock.system(), grpc, ops, authentication,
                lookup.apply("PLATFORM_SERVICE_TOKEN"));
    }

    private static int number(UnaryOperator<String> lookup, String name, int absent) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a whole number, not " + value);
        }
    }

    private static URL url(String value) {
        try {
            return URI.create(value).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IllegalArgumentException("ENGINE_OAUTH_JWKS_URL: not a URL: " + value);
        }
    }

    private static String or(String value, String absent) {
        return value == null || value.isBlank() ? absent : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
