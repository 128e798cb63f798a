package uk.stpartnership.engine.crash;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill -9 at random moments while workers run: the engine runs standalone in a child JVM on this test's PostgreSQL, is
 * killed K times and restarted on the same database each time. Every instance (a timer, two jobs around a message catch)
 * must complete, each job's side effect must happen once, and no timer may be lost. Progress lines go to the test's output.
 */
class EngineCrashTest {

    private static final int INSTANCES = 30;
    private static final int KILLS = 5;
    private static final String TOKEN = "crash-test-service-token-0123456789";

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    /** job key → "element/instance": the side effect, done once per job however often the job is delivered. */
    private final Map<Long, String> sideEffects = new ConcurrentHashMap<>();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final Set<Integer> published = ConcurrentHashMap.newKeySet();
    private final List<JobWorker> workers = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Process engine;
    private CamundaClient client;
    private volatile boolean publishing = true;

    @AfterEach
    void stop() throws IOException {
        publishing = false;
        workers.forEach(JobWorker::close);
        if (client != null) {
            client.close();
        }
        if (engine != null) {
            engine.destroyForcibly();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void killedAtRandomMomentsTheEngineLosesNothingAcknowledgedAndDoublesNothing() throws Exception {
        progress("seed " + seed);
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE crash");
        }
        int grpcPort = freePort();
        int opsPort = freePort();
        Path log = Path.of("target", "engine-crash-test-engine.log");
        engine = startEngine(grpcPort, opsPort, log);
        client = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:" + grpcPort)).preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(5)).build();
        awaitReady();

        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("crash").startEvent()
                .intermediateCatchEvent("wait", e -> e.timerWithDurationExpression("wait"))
                .serviceTask("first", t -> t.zeebeJobType("crash-first"))
                .intermediateCatchEvent("go", e -> e.message(m -> m.name("crash-go").zeebeCorrelationKeyExpression("id")))
                .serviceTask("second", t -> t.zeebeJobType("crash-second"))
                .endEvent().done(), "crash.bpmn").send().join();
        for (int i = 1; i <= INSTANCES; i++) {
            client.newCreateInstanceCommand().bpmnProcessId("crash").latestVersion()
                    .variables(Map.of("id", "c" + i, "wait", "PT" + (2 + random.nextInt(29)) + "S")).send().join();
        }
        progress(INSTANCES + " instances created, timers of 2 to 30 s, some falling due while the engine is down");
        workers.add(worker("crash-first"));
        workers.add(worker("crash-second"));
        Thread publisher = Thread.ofVirtual().start(this::publishMessages);

        for (int kill = 1; kill <= KILLS; kill++) {
            Thread.sleep(1000 + random.nextInt(3000));
            engine.destroyForcibly().waitFor();
            progress("kill " + kill + ": engine killed; " + sideEffects.size() + " job side effects so far, "
                    + published.size() + " messages acknowledged, " + completed() + " instances completed");
            Thread.sleep(random.nextInt(1500));
            engine = startEngine(grpcPort, opsPort, log);
            awaitReady();
            progress("kill " + kill + ": engine restarted on the same database");
        }

        Instant until = Instant.now().plusSeconds(60);
        while (completed() < INSTANCES && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        publishing = false;
        publisher.join(Duration.ofSeconds(10));
        progress("end: " + completed() + " of " + INSTANCES + " instances completed, " + sideEffects.size()
                + " job side effects from " + deliveries.get() + " deliveries");

        assertThat(completed()).as("instances completed").isEqualTo(INSTANCES);
        assertThat(count("SELECT count(*) FROM engine.process_instance")).as("no instance was created twice").isEqualTo(INSTANCES);
        assertThat(count("SELECT count(*) FROM engine.timer")).as("timers left").isZero();
        assertThat(sideEffects.values().stream().filter(effect -> effect.startsWith("first/")).count())
                .as("one first job per instance, so every timer fired").isEqualTo(INSTANCES);
        assertThat(Set.copyOf(sideEffects.values())).as("each element of each instance had one job, done once")
                .hasSize(sideEffects.size()).hasSize(2 * INSTANCES);
        assertThat(published).hasSize(INSTANCES);
    }

    private Process startEngine(int grpcPort, int opsPort, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "uk.stpartnership.engine.server.EngineServer");
        Map<String, String> env = builder.environment();
        env.put("ENGINE_JDBC_URL", postgres.getJdbcUrl("postgres", "crash"));
        env.put("ENGINE_JDBC_USER", "postgres");
        env.put("ENGINE_JDBC_PASSWORD", "postgres");
        env.put("ENGINE_AUTH", "none");
        env.put("ENGINE_GRPC_PORT", String.valueOf(grpcPort));
        env.put("ENGINE_OPS_PORT", String.valueOf(opsPort));
        env.put("PLATFORM_SERVICE_TOKEN", TOKEN);
        File file = log.toFile();
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(file)).start();
    }

    private void awaitReady() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(45);
        while (Instant.now().isBefore(until)) {
            assertThat(engine.isAlive()).as("the engine runs (see target/engine-crash-test-engine.log)").isTrue();
            try {
                client.newTopologyRequest().requestTimeout(Duration.ofSeconds(1)).send().join();
                return;
            } catch (RuntimeException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("The engine was not ready within 45 s");
    }

    /** An idempotent worker: the side effect once per job key, then the completion, which may be lost in a crash. */
    private JobWorker worker(String type) {
        return client.newWorker().jobType(type).handler((JobClient jobs, ActivatedJob job) -> {
                    deliveries.incrementAndGet();
                    sideEffects.putIfAbsent(job.getKey(), job.getElementId() + "/" + job.getProcessInstanceKey());
                    try {
                        jobs.newCompleteCommand(job.getKey()).send().join();
                    } catch (ClientStatusException e) {
                        // The engine died or the job was completed before a crash: it comes back after its timeout if not.
                    }
                }).timeout(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).requestTimeout(Duration.ofSeconds(2))
                .maxJobsActive(8).open();
    }

    /** Publishes each instance's message (buffered for 10 min, de-duplicated by id) until the engine acknowledges it. */
    private void publishMessages() {
        for (int i = 1; i <= INSTANCES && publishing; i++) {
            while (publishing) {
                try {
                    client.newPublishMessageCommand().messageName("crash-go").correlationKey("c" + i).messageId("go-" + i)
                            .timeToLive(Duration.ofMinutes(10)).requestTimeout(Duration.ofSeconds(2)).send().join();
                    published.add(i);
                    break;
                } catch (ClientStatusException e) {
                    if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                        published.add(i);
                        break;
                    }
                    pause(200);
                } catch (RuntimeException e) {
                    pause(200);
                }
            }
            pause(600);
        }
    }

    private int completed() {
        return (int) count("SELECT count(*) FROM engine.process_instance WHERE state = 'COMPLETED'");
    }

    private long count(String sql) {
        try (Connection connection = postgres.getDatabase("postgres", "crash").getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void progress(String line) {
        System.out.println("[crash test " + Instant.now() + "] " + line);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
