package uk.stpartnership.engine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.stpartnership.engine.semantics.TestedEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput and latency of the platform's engine against Zeebe's in-memory reference, in one run: a process of three
 * no-op service tasks, with 1 and 50 instances in flight, each created with its result awaited (create → complete).
 * Not a timed test: run it by hand,
 * {@code ./mvnw -pl infra/engine -am test -Dtest=EngineBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * The table goes to the test's output, target/surefire-reports/uk.stpartnership.engine.bench.EngineBenchmark-output.txt.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class EngineBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final int[] IN_FLIGHT = Arrays.stream(System.getProperty("benchmark.inFlight", "1,50").split(","))
            .mapToInt(Integer::parseInt).toArray();
    /** Both by default; {@code -Dbenchmark.engines=PLATFORM} measures one. */
    private static final List<TestedEngine.Kind> ENGINES = Arrays.stream(System.getProperty("benchmark.engines", "PLATFORM,REFERENCE")
            .split(",")).map(TestedEngine.Kind::valueOf).toList();

    record Result(String engine, int inFlight, int completed, int failed, double perSecond, double p50Millis, double p99Millis) {
    }

    /** What one run saw: the latencies (ns) of the instances that completed, and how many calls failed. */
    record Run(long[] latencies, int failed) {
    }

    @Test
    void threeNoOpServiceTasks() throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (TestedEngine.Kind kind : ENGINES) {
            try (TestedEngine engine = kind.start()) {
                results.addAll(measure(engine));
            }
        }
        String table = table(results);
        System.out.println(table);
    }

    private static List<Result> measure(TestedEngine engine) throws InterruptedException {
        CamundaClient client = engine.client();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("bench").startEvent()
                .serviceTask("a", t -> t.zeebeJobType("bench-a"))
                .serviceTask("b", t -> t.zeebeJobType("bench-b"))
                .serviceTask("c", t -> t.zeebeJobType("bench-c"))
                .endEvent().done(), "bench.bpmn").send().join();
        List<JobWorker> workers = new ArrayList<>();
        for (String type : List.of("bench-a", "bench-b", "bench-c")) {
            workers.add(client.newWorker().jobType(type).handler((jobs, job) -> jobs.newCompleteCommand(job).send())
                    .maxJobsActive(64).pollInterval(Duration.ofMillis(50)).timeout(Duration.ofMinutes(1)).open());
        }
        try {
            List<Result> results = new ArrayList<>();
            for (int inFlight : IN_FLIGHT) {
                run(client, inFlight, WARM_UP);
                results.add(summarise(engine.toString(), inFlight, run(client, inFlight, MEASURE), MEASURE));
            }
            return results;
        } finally {
            workers.forEach(JobWorker::close);
        }
    }

    /** Keeps {@code inFlight} instances going for the duration. */
    private static Run run(CamundaClient client, int inFlight, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failed = new AtomicInteger();
        List<Thread> drivers = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            drivers.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        client.newCreateInstanceCommand().bpmnProcessId("bench").latestVersion().withResult()
                                .requestTimeout(Duration.ofSeconds(30)).send().join();
                        if (running.get()) {
                            latencies.add(System.nanoTime() - started);
                        }
                    } catch (RuntimeException e) {
                        // RESOURCE_EXHAUSTED or a timeout: counted, and the driver goes on
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
            driver.join(Duration.ofSeconds(35));
        }
        return new Run(latencies.stream().mapToLong(Long::longValue).toArray(), failed.get());
    }

    private static Result summarise(String engine, int inFlight, Run run, Duration duration) {
        long[] latencies = run.latencies();
        Arrays.sort(latencies);
        return new Result(engine, inFlight, latencies.length, run.failed(), latencies.length / (duration.toMillis() / 1000.0),
                percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1_000_000.0;
    }

    private static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n| engine | in flight | completed | failed calls | instances/s | p50 ms | p99 ms |%n|---|---:|---:|---:|---:|---:|---:|%n"));
        for (Result result : results) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", result.engine(), result.inFlight(),
                    result.completed(), result.failed(), result.perSecond(), result.p50Millis(), result.p99Millis()));
        }
        for (int inFlight : IN_FLIGHT) {
            double platform = rate(results, "platform engine", inFlight);
            double reference = rate(results, "reference engine", inFlight);
            table.append(String.format(Locale.ROOT, "%nthroughput ratio platform / reference at %d in flight: %.2f", inFlight,
                    platform / reference));
        }
        return table.append(String.format(Locale.ROOT, "%nwarm-up %d s, measured %d s per row%n", WARM_UP.toSeconds(),
                MEASURE.toSeconds())).toString();
    }

    private static double rate(List<Result> results, String engine, int inFlight) {
        return results.stream().filter(result -> result.engine().equals(engine) && result.inFlight() == inFlight)
                .mapToDouble(Result::perSecond).findFirst().orElse(Double.NaN);
    }
}
