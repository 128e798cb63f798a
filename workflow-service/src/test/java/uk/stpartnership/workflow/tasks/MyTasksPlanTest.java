package uk.stpartnership.workflow.tasks;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.TestPostgres;
import uk.stpartnership.workflow.tasks.bench.PageQuery;
import uk.stpartnership.workflow.tasks.bench.TaskLoad;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page query of "my tasks" reads at most 100 shared buffers whatever plan PostgreSQL picks for it: with
 * statistics stale (before any ANALYZE, and after more rows arrive without one) and fresh, as a custom and as a
 * generic plan (what a prepared statement gets after five runs), and with sorting or bitmap scans made to look cheap
 * or dear. 200 k tasks, 5% open, are enough for the planner to cost it as at a million.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyTasksPlanTest {

    private static final int MOST_BUFFERS = 100;
    /** Planner settings under which every plan is read, each applied alone. */
    private static final List<String> PLANNER = List.of("SET plan_cache_mode = auto", "SET plan_cache_mode = force_generic_plan",
            "SET enable_sort = off", "SET enable_bitmapscan = off", "SET enable_seqscan = off",
            "SET random_page_cost = 40", "SET cpu_tuple_cost = 0.5");

    private final TestPostgres.Database database = TestPostgres.newDatabase();
    private final TaskLoad load = new TaskLoad(this::connection);

    @BeforeAll
    void migrate() {
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password()).schemas("workflow")
                .defaultSchema("workflow").load().migrate();
    }

    @Test
    void thePageQueryReadsAtMostAHundredBuffersWhateverThePlan() throws Exception {
        Map<String, PageQuery.Explained> page = new LinkedHashMap<>();
        Map<String, PageQuery.Explained> count = new LinkedHashMap<>();
        load.growTo(200_000);
        everyPlan("never analysed", page, count);
        load.analyze();
        everyPlan("fresh statistics", page, count);
        load.growTo(300_000);
        everyPlan("100 k more tasks since ANALYZE", page, count);
        page.forEach((variant, explained) -> System.out.println("page, " + variant + ": " + explained));
        count.forEach((variant, explained) -> System.out.println("count, " + variant + ": " + explained));
        assertThat(page).allSatisfy((variant, explained) ->
                assertThat(explained.sharedBuffers()).as(variant + ": " + explained.plan()).isLessThanOrEqualTo(MOST_BUFFERS));
    }

    private void everyPlan(String statistics, Map<String, PageQuery.Explained> page, Map<String, PageQuery.Explained> count) throws SQLException {
        try (Connection c = connection()) {
            assertThat(rows(c)).as("the page is full").isEqualTo(PageQuery.SIZE);
            for (String setting : PLANNER) {
                try (Statement s = c.createStatement()) {
                    s.execute("RESET ALL");
                    s.execute("SET search_path TO workflow");
                    s.execute(setting);
                }
                page.put(statistics + ", " + setting, PageQuery.explain(c, TaskRepository.MY_OPEN_PAGE, PageQuery.SIZE));
                count.put(statistics + ", " + setting, PageQuery.explain(c, TaskRepository.MY_OPEN_COUNT, ListMyTasks.COUNTED_UP_TO + 1));
            }
        }
    }

    private static int rows(Connection c) throws SQLException {
        int rows = 0;
        try (PreparedStatement page = PageQuery.prepare(c); ResultSet r = page.executeQuery()) {
            while (r.next()) {
                rows++;
            }
        }
        return rows;
    }

    private Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO workflow");
        }
        return c;
    }
}
