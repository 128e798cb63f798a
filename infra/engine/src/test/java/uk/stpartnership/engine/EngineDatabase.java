package uk.stpartnership.engine;

import uk.stpartnership.engine.server.TestServers;

import java.util.concurrent.atomic.AtomicInteger;

/** The engine without its server, on the tests' one embedded PostgreSQL, each in a schema of its own. */
final class EngineDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private EngineDatabase() {
    }

    static Engine start(EngineClock clock) {
        return Engine.start(new EngineSettings(TestServers.dataSource(), "engine_test_" + SCHEMAS.incrementAndGet(), clock));
    }
}
