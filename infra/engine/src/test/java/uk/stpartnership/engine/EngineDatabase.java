package uk.stpartnership.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL per test JVM; each engine gets a schema of its own, so tests never see each other's state. */
final class EngineDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private EngineDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres.getPostgresDatabase();
    }

    static Engine start(EngineClock clock) {
        return Engine.start(new EngineSettings(dataSource(), "engine_test_" + SCHEMAS.incrementAndGet(), clock));
    }
}
