package uk.stpartnership.engine;

import javax.sql.DataSource;

/**
 * Where the engine keeps its state and what clock it runs on.
 *
 * @param dataSource a PostgreSQL database; the engine keeps to its own schema
 * @param schema     the engine's schema, created and migrated at start
 * @param clock      the system clock, or a movable one in tests
 */
public record EngineSettings(DataSource dataSource, String schema, EngineClock clock) {

    public EngineSettings {
        schema = schema == null || schema.isBlank() ? "engine" : schema;
        clock = clock == null ? EngineClock.system() : clock;
    }
}
