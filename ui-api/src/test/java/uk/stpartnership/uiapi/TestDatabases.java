package uk.stpartnership.uiapi;

import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.testsupport.TestPostgres;

import java.util.HashMap;
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

    /** Local mode with no workflow-service listening: what ui-api answers by itself (a request it forwards is a 503). */
    public static Map<String, String> localWithoutWorkflowService() {
        Map<String, String> properties = new HashMap<>(local());
        properties.put("platform.workflow-service-url", "http://127.0.0.1:" + FreePort.find());
        return properties;
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
