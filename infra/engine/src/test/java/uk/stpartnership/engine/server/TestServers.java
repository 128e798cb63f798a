package uk.stpartnership.engine.server;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.stpartnership.engine.EngineClock;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Engine servers for tests: in-process, on free loopback ports, each on a fresh database of one embedded PostgreSQL per
 * JVM, with a clock the test can move.
 */
public final class TestServers {

    public static final String SERVICE_TOKEN = "test-service-token-0123456789";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestServers() {
    }

    public static EngineServer start(EngineServerSettings.Authentication authentication) {
        return start(authentication, 4);
    }

    /** @param poolSize connections to PostgreSQL (the standalone server's default is 8) */
    public static EngineServer start(EngineServerSettings.Authentication authentication, int poolSize) {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        return EngineServer.start(new EngineServerSettings(newDatabase(poolSize), EngineClock.movable(), loopback, loopback,
                authentication, SERVICE_TOKEN));
    }

    public static CamundaClient client(EngineServer server) {
        return builder(server).build();
    }

    public static CamundaClient client(EngineServer server, CredentialsProvider credentials) {
        return builder(server).credentialsProvider(credentials).build();
    }

    /** Sends {@code Authorization: Bearer <token>}, as a Camunda client configured with a credentials provider does. */
    public static CredentialsProvider bearer(String token) {
        return new CredentialsProvider() {
            @Override
            public void applyCredentials(CredentialsApplier applier) {
                applier.put("Authorization", "Bearer " + token);
            }

            @Override
            public boolean shouldRetryRequest(StatusCode statusCode) {
                return false;
            }
        };
    }

    public static URI opsUri(EngineServer server, String pathAndQuery) {
        InetSocketAddress ops = server.opsAddress();
        return URI.create("http://" + ops.getHostString() + ":" + ops.getPort() + pathAndQuery);
    }

    private static CamundaClientBuilder builder(EngineServer server) {
        InetSocketAddress grpc = server.grpcAddress();
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://" + grpc.getHostString() + ":" + grpc.getPort()))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(15));
    }

    /** A fresh database on the embedded PostgreSQL. */
    static synchronized EngineServerSettings.Database newDatabase(int poolSize) {
        String name = "engine_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new EngineServerSettings.Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres", "engine", poolSize);
    }

    /** The embedded PostgreSQL's own database, for tests that run the engine without its server. */
    public static synchronized DataSource dataSource() {
        return postgres().getPostgresDatabase();
    }

    private static EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
        }
        return postgres;
    }
}
