package uk.stpartnership.workflow.tasks.bench;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources;
import uk.stpartnership.workflow.tasks.ListMyTasks;
import uk.stpartnership.workflow.tasks.TaskRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My tasks" against the bare SQL of its page query, on 10 k, 100 k and 1 M tasks (5% open), at 1 and 50 clients.
 * workflow-service runs in this JVM on an embedded PostgreSQL; the endpoint is called as ui-api calls it (service
 * token and actor headers), the SQL over plain JDBC with the same parameters. Not a timed test: run it by hand,
 * {@code ./mvnw -B -ntp -o -pl workflow-service -am test -Dtest=MyTasksBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (workflow-service/BENCHMARK.md). The table goes to the test's output and to target/my-tasks-benchmark.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@MicronautTest(transactional = false)
class MyTasksBenchmark extends WorkflowServiceTest {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final int[] CLIENTS = ints(System.getProperty("benchmark.clients", "1,50"));
    private static final int[] SIZES = ints(System.getProperty("benchmark.tasks", "10000,100000,1000000"));

    record Result(int tasks, int clients, double endpointP50, double endpointP99, double sqlP50, double sqlP99, double endpointPerSecond,
                  double requestSqlP50, double requestSqlP99, int failed) {
    }

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Test
    void myTasks() throws Exception {
        TaskLoad load = new TaskLoad(this::connection);
        List<Result> results = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        for (int size : SIZES) {
            load.growTo(size);
            load.analyze();
            HttpResponse<String> page = endpoint();
            assertThat(page.statusCode()).as("the endpoint answers").isEqualTo(200);
            PageQuery.Explained explained;
            try (Connection c = connection()) {
                explained = PageQuery.explain(c, TaskRepository.MY_OPEN_PAGE, PageQuery.SIZE);
            }
            pages.append(String.format(Locale.ROOT, "%,d tasks: a page of %d items, %,d bytes; the page query read %d shared buffers: %s%n",
                    size, items(page).size(), page.body().getBytes(StandardCharsets.UTF_8).length, explained.sharedBuffers(),
                    explained.plan()));
            for (int clients : CLIENTS) {
                runEndpoint(clients, WARM_UP);
                Run endpoint = runEndpoint(clients, MEASURE);
                runSql(clients, WARM_UP, false);
                Run sql = runSql(clients, MEASURE, false);
                Run request = runSql(clients, MEASURE, true);
                results.add(new Result(size, clients, endpoint.percentile(0.50), endpoint.percentile(0.99), sql.percentile(0.50),
                        sql.percentile(0.99), endpoint.latencies().length / (double) MEASURE.toSeconds(), request.percentile(0.50),
                        request.percentile(0.99), endpoint.failed() + sql.failed() + request.failed()));
            }
        }
        String table = table(results) + System.lineSeparator() + pages;
        System.out.println(table);
        Files.writeString(Path.of("target", "my-tasks-benchmark.md"), table);
    }

    private Connection connection() throws SQLException {
        Map<String, String> database = resources.properties(false);
        Connection connection = DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO workflow");
        }
        return connection;
    }

    private HttpResponse<String> endpoint() throws Exception {
        return resources.call(server.getURI(), TaskLoad.PERSON, "GET", "/internal/tasks?page=0&size=20", null);
    }

    /** What one run saw: latencies (ns) of the calls that succeeded, and how many failed. */
    record Run(long[] latencies, int failed) {

        double percentile(double fraction) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN
                    : sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1_000_000.0;
        }
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** Each client one call after another for the duration; one HTTP client, as ui-api has. */
    private Run runEndpoint(int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURI() + "/internal/tasks?page=0&size=20"))
                .header("X-Service-Token", WorkflowServiceTestResources.SERVICE_TOKEN)
                .header("X-Actor-Id", TaskLoad.PERSON.id())
                .header("X-Actor-Organisation", TaskLoad.PERSON.organisation())
                .header("X-Actor-Roles", TaskLoad.PERSON.roles())
                .GET().build();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            calls.add(() -> {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + answer.statusCode());
                }
            });
        }
        return drive(calls, duration);
    }

    /**
     * Each client on its own connection, running the page query and reading every row; or, for the request, all the
     * SQL the endpoint runs: in one transaction the page, its audit entry (a row of audit_event, committed) and the
     * count.
     */
    private Run runSql(int clients, Duration duration, boolean request) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection connection = connection();
                connections.add(connection);
                connection.setAutoCommit(!request);
                PreparedStatement page = PageQuery.prepare(connection);
                PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_event (at, actor_id, actor_organisation, action,"
                        + " record_type, record_ids, about) VALUES (now(), ?, ?, 'READ', 'task', ?, '{}')");
                PreparedStatement count = PageQuery.prepareCount(connection, ListMyTasks.COUNTED_UP_TO + 1);
                calls.add(() -> {
                    List<String> keys = new ArrayList<>();
                    try (ResultSet rows = page.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rows.getObject(c);
                            }
                            keys.add(rows.getString("job_key"));
                        }
                    }
                    if (request) {
                        audit.setString(1, TaskLoad.PERSON.id());
                        audit.setString(2, TaskLoad.PERSON.organisation());
                        audit.setArray(3, connection.createArrayOf("text", keys.toArray()));
                        audit.executeUpdate();
                        try (ResultSet counted = count.executeQuery()) {
                            counted.next();
                        }
                        connection.commit();
                    }
                });
            }
            return drive(calls, duration);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static Run drive(List<Call> calls, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failed = new AtomicInteger();
        List<Thread> drivers = new ArrayList<>();
        for (Call call : calls) {
            drivers.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        call.run();
                        if (running.get()) {
                            latencies.add(System.nanoTime() - started);
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() == 1) {
                            System.err.println("First failed call: " + e);
                        }
                    }
                }
            }));
        }
        Thread.sleep(duration);
        running.set(false);
        for (Thread driver : drivers) {
            driver.join(Duration.ofSeconds(30));
        }
        return new Run(latencies.stream().mapToLong(Long::longValue).toArray(), failed.get());
    }

    private static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n| tasks | clients | endpoint p50 | endpoint p99 | SQL p50 "
                + "| SQL p99 | endpoint req/s |%n|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %,d | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.0f |%n", r.tasks(), r.clients(),
                    r.endpointP50(), r.endpointP99(), r.sqlP50(), r.sqlP99(), r.endpointPerSecond()));
        }
        table.append(String.format(Locale.ROOT, "%nAll the SQL of a request over JDBC (page, audit entry, count; one transaction):%n%n"
                + "| tasks | clients | request's SQL p50 | request's SQL p99 |%n|---:|---:|---:|---:|%n"));
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %,d | %d | %.2f ms | %.2f ms |%n", r.tasks(), r.clients(), r.requestSqlP50(),
                    r.requestSqlP99()));
        }
        int failed = results.stream().mapToInt(Result::failed).sum();
        return table.append(String.format(Locale.ROOT, "%nwarm-up %d s, measured %d s per cell; %d failed calls%n",
                WARM_UP.toSeconds(), MEASURE.toSeconds(), failed)).toString();
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
