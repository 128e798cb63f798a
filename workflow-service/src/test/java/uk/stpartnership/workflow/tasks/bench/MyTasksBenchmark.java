package uk.stpartnership.workflow.tasks.bench;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources;
import uk.stpartnership.workflow.tasks.ListMyTasks;
import uk.stpartnership.workflow.tasks.TaskRepository;

import java.io.IOException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
    /** The service's pool, and as many JDBC connections shared by the SQL's clients: both sides queue alike. */
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 10);
    /** The audit entry's commit as the service makes it (no wait for the WAL flush), or "on" to time a flushed one. */
    private static final boolean AUDIT_FLUSHED = "on".equals(System.getProperty("benchmark.audit-commit", "off"));
    private static final String MY_TASKS = "/internal/tasks?page=0&size=20";
    /** A path no route serves: the service token checked, a 404 written, no SQL. The floor of a call's HTTP. */
    private static final String UNROUTED = "/internal/unrouted";
    private static final List<String> PARTS = List.of("page", "audit entry", "count", "commit");

    record Result(int tasks, int clients, double endpointP50, double endpointP99, double sqlP50, double sqlP99, double endpointPerSecond,
                  double requestSqlP50, double requestSqlP99, double[] partP50s, double floorP50, double floorP99, String load,
                  int failed) {
    }

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.maximum-pool-size", Integer.toString(CONNECTIONS));
        return properties;
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
                runEndpoint(clients, WARM_UP, MY_TASKS, 200);
                Run endpoint = runEndpoint(clients, MEASURE, MY_TASKS, 200);
                Run floor = runEndpoint(clients, MEASURE, UNROUTED, 404);
                runSql(clients, WARM_UP, null);
                Run sql = runSql(clients, MEASURE, null);
                Parts parts = new Parts();
                Run request = runSql(clients, MEASURE, parts);
                results.add(new Result(size, clients, endpoint.percentile(0.50), endpoint.percentile(0.99), sql.percentile(0.50),
                        sql.percentile(0.99), endpoint.latencies().length / (double) MEASURE.toSeconds(), request.percentile(0.50),
                        request.percentile(0.99), parts.p50s(), floor.percentile(0.50), floor.percentile(0.99), loadAverage(),
                        endpoint.failed() + sql.failed() + request.failed() + floor.failed()));
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
        return resources.call(server.getURI(), TaskLoad.PERSON, "GET", MY_TASKS, null);
    }

    /** What one run saw: latencies (ns) of the calls that succeeded, and how many failed. */
    record Run(long[] latencies, int failed) {

        double percentile(double fraction) {
            return Run.percentile(latencies, fraction);
        }

        static double percentile(long[] latencies, double fraction) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN
                    : sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1_000_000.0;
        }
    }

    /** The time (ns) of each part of a request's SQL, one entry per call, in the order of PARTS. */
    record Parts(List<ConcurrentLinkedQueue<Long>> times) {

        Parts() {
            this(PARTS.stream().map(part -> new ConcurrentLinkedQueue<Long>()).toList());
        }

        /** The time from {@code started} to now as the part's, and now, where the next part starts. */
        long add(int part, long started) {
            long now = System.nanoTime();
            times.get(part).add(now - started);
            return now;
        }

        double[] p50s() {
            return times.stream().mapToDouble(t -> Run.percentile(t.stream().mapToLong(Long::longValue).toArray(), 0.50)).toArray();
        }
    }

    /** One JDBC connection and its statements, which one client at a time uses. */
    record Session(Connection connection, PreparedStatement page, PreparedStatement unflushed, PreparedStatement audit,
                   PreparedStatement count) {
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** Each client one call after another for the duration; one HTTP client, as ui-api has. */
    private Run runEndpoint(int clients, Duration duration, String path, int status) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("X-Service-Token", WorkflowServiceTestResources.SERVICE_TOKEN)
                .header("X-Actor-Id", TaskLoad.PERSON.id())
                .header("X-Actor-Organisation", TaskLoad.PERSON.organisation())
                .header("X-Actor-Roles", TaskLoad.PERSON.roles())
                .GET().build();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            calls.add(() -> {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != status) {
                    throw new IllegalStateException("HTTP " + answer.statusCode());
                }
            });
        }
        return drive(calls, duration);
    }

    /**
     * The clients share CONNECTIONS connections (as the service's requests share its pool), each call running the page
     * query and reading every row; or, with {@code parts} to time, all the SQL the endpoint runs: in one transaction the
     * page, its audit entry (a row of audit_event, committed as the service commits it) and the count.
     */
    private Run runSql(int clients, Duration duration, Parts parts) throws Exception {
        boolean request = parts != null;
        BlockingQueue<Session> sessions = new ArrayBlockingQueue<>(CONNECTIONS);
        List<Call> calls = new ArrayList<>();
        try {
            for (int i = 0; i < Math.min(clients, CONNECTIONS); i++) {
                Connection connection = connection();
                connection.setAutoCommit(!request);
                sessions.add(new Session(connection, PageQuery.prepare(connection),
                        connection.prepareStatement("SELECT set_config('synchronous_commit', 'off', true)"),
                        connection.prepareStatement("INSERT INTO audit_event (at, actor_id, actor_organisation, action,"
                                + " record_type, record_ids, about) VALUES (now(), ?, ?, 'READ', 'task', ?, '{}')"),
                        PageQuery.prepareCount(connection, ListMyTasks.COUNTED_UP_TO + 1)));
            }
            for (int i = 0; i < clients; i++) {
                calls.add(() -> {
                    Session session = sessions.take();
                    try {
                        call(session, parts);
                    } finally {
                        sessions.add(session);
                    }
                });
            }
            return drive(calls, duration);
        } finally {
            for (Session session : sessions) {
                session.connection().close();
            }
        }
    }

    private static void call(Session session, Parts parts) throws SQLException {
        long started = System.nanoTime();
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = session.page().executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
                keys.add(rows.getString("job_key"));
            }
        }
        if (parts == null) {
            return;
        }
        started = parts.add(0, started);
        if (!AUDIT_FLUSHED) {
            session.unflushed().executeQuery().close();
        }
        session.audit().setString(1, TaskLoad.PERSON.id());
        session.audit().setString(2, TaskLoad.PERSON.organisation());
        session.audit().setArray(3, session.connection().createArrayOf("text", keys.toArray()));
        session.audit().executeUpdate();
        started = parts.add(1, started);
        try (ResultSet counted = session.count().executeQuery()) {
            counted.next();
        }
        started = parts.add(2, started);
        session.connection().commit();
        parts.add(3, started);
    }

    /** The machine's load average over the last minute, as uptime shows it: the other builds on its cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
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
        table.append(String.format(Locale.ROOT, "%nAll the SQL of a request over JDBC (page, audit entry, count; one transaction; "
                + "the audit entry's commit %s), and each part's p50:%n%n"
                + "| tasks | clients | request's SQL p50 | request's SQL p99 | %s | HTTP floor p50 | HTTP floor p99 | load average |%n"
                + "|---:|---:|---:|---:|%s---:|---:|---:|%n",
                AUDIT_FLUSHED ? "waits for the WAL flush" : "does not wait for the WAL flush", String.join(" | ", PARTS),
                "---:|".repeat(PARTS.size())));
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %,d | %d | %.2f ms | %.2f ms | %s | %.2f ms | %.2f ms | %s |%n", r.tasks(), r.clients(),
                    r.requestSqlP50(), r.requestSqlP99(),
                    String.join(" | ", Arrays.stream(r.partP50s()).mapToObj(p -> String.format(Locale.ROOT, "%.2f ms", p)).toList()),
                    r.floorP50(), r.floorP99(), r.load()));
        }
        int failed = results.stream().mapToInt(Result::failed).sum();
        return table.append(String.format(Locale.ROOT, "%nwarm-up %d s, measured %d s per cell; the service's pool and the SQL's "
                + "shared connections: %d; %d failed calls%n", WARM_UP.toSeconds(), MEASURE.toSeconds(), CONNECTIONS, failed)).toString();
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
