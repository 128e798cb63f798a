package uk.stpartnership.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: Testcontainers where a Docker engine is available, otherwise the embedded
 * binaries from Maven Central. One server per JVM; each caller gets a fresh database of its own.
 */
public final class TestPostgres {

    public record Database(String jdbcUrl, String username, String password) {
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private TestPostgres() {
    }

    private interface Server {
        String jdbcUrl(String database);

        String username();

        String password();
    }

    public static synchronized Database newDatabase() {
        Server s = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(s.jdbcUrl("postgres"), s.username(), s.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new Database(s.jdbcUrl(name), s.username(), s.password());
    }

    private static Server server() {
        if (server == null) {
            server = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
        }
        return server;
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static Server container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17");
        container.start();
        return new Server() {
            public String jdbcUrl(String database) {
                return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
            }

            public String username() {
                return container.getUsername();
            }

            public String password() {
                return container.getPassword();
            }
        };
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            return new Server() {
                public String jdbcUrl(String database) {
                    return postgres.getJdbcUrl("postgres", database);
                }

                public String username() {
                    return "postgres";
                }

                public String password() {
                    return "postgres";
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }
}
