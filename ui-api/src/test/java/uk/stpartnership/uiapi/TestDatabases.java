package uk.stpartnership.uiapi;

import uk.stpartnership.testsupport.TestPostgres;

import java.util.Map;

/** Real PostgreSQL databases for the tests' application contexts. */
public final class TestDatabases {

    /** Shared by the local-mode tests, so that the demo people are seeded once per test run, as on a developer's machine. */
    private static TestPostgres.Database local;

    private TestDatabases() {
    }

    public static synchronized Map<String, String> local() {
        if (local == null) {
            local = TestPostgres.newDatabase();
        }
        return properties(local);
    }

    public static Map<String, String> fresh() {
        return properties(TestPostgres.newDatabase());
    }

    private static Map<String, String> properties(TestPostgres.Database database) {
        return Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password());
    }
}
