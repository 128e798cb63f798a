package uk.stpartnership.testsupport;

import uk.stpartnership.engine.EngineClock;
import uk.stpartnership.engine.api.Operations;
import uk.stpartnership.engine.runtime.Json;
import uk.stpartnership.engine.server.EngineServer;
import uk.stpartnership.engine.server.EngineServerSettings;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The platform's engine, in this JVM on free loopback ports, on a fresh database, with a movable clock. */
final class PlatformEngine extends TestEngine {

    private static final Set<String> RECORDED = Set.of("VARIABLE", "JOB", "MESSAGE", "INCIDENT", "ERROR");

    private final EngineServer server;
    private final EngineClock clock;

    private PlatformEngine(EngineServer server, EngineClock clock) {
        super("http://" + server.grpcAddress().getHostString() + ":" + server.grpcAddress().getPort());
        this.server = server;
        this.clock = clock;
    }

    /** @param grpcPort 0 for a free one */
    static PlatformEngine launch(int grpcPort) {
        TestPostgres.Database database = TestPostgres.newDatabase();
        EngineClock clock = EngineClock.movable();
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        EngineServer server = EngineServer.start(new EngineServerSettings(
                new EngineServerSettings.Database(database.jdbcUrl(), database.username(), database.password(), "engine", 4),
                clock, new InetSocketAddress(InetAddress.getLoopbackAddress(), grpcPort), loopback,
                EngineServerSettings.Authentication.none(), "test-engine-service-token"));
        return new PlatformEngine(server, clock);
    }

    private Operations operations() {
        return server.engine().operations();
    }

    @Override
    public void increaseTime(Duration duration) {
        clock.moveBy(duration);
        waitForIdle();
    }

    @Override
    public void moveClock(Duration duration) {
        clock.moveBy(duration);
    }

    /** Every command has committed before it answers, so the engine is idle once no timer is due. */
    @Override
    public void waitForIdle() {
        server.engine().runDueTimers();
    }

    @Override
    public List<String> completedElements(long processInstanceKey) {
        waitForIdle();
        return operations().journal(processInstanceKey).stream()
                .filter(entry -> entry.valueType().equals("PROCESS_INSTANCE") && entry.intent().equals("ELEMENT_COMPLETED"))
                .map(Operations.JournalEntry::elementId).toList();
    }

    @Override
    public boolean hasCompleted(long processInstanceKey) {
        waitForIdle();
        return operations().instance(processInstanceKey).map(instance -> instance.state().equals("COMPLETED")).orElse(false);
    }

    @Override
    public List<String> activeElements(long processInstanceKey) {
        waitForIdle();
        return operations().activeElements(processInstanceKey).stream().map(Operations.ActiveElement::elementId).toList();
    }

    @Override
    public List<Long> startedInstances(String bpmnProcessId) {
        List<Long> keys = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Operations.InstanceSummary> instances = operations().instances(bpmnProcessId, null, page, 100);
            instances.forEach(instance -> keys.add(instance.key()));
            if (instances.size() < 100) {
                break;
            }
        }
        keys.sort(Comparator.naturalOrder());
        return keys;
    }

    @Override
    public List<Long> instancesWith(String bpmnProcessId, String variable, String value) {
        List<Long> instances = new ArrayList<>();
        for (long instance : startedInstances(bpmnProcessId)) {
            boolean startedWith = operations().journal(instance).stream().anyMatch(entry -> entry.valueType().equals("VARIABLE")
                    && entry.intent().equals("CREATED") && entry.key() == instance && variable.equals(entry.payload().get("name"))
                    && value.equals(entry.payload().get("value")));
            if (startedWith) {
                instances.add(instance);
            }
        }
        return instances;
    }

    @Override
    public List<String> failedJobTypes(long processInstanceKey) {
        return operations().journal(processInstanceKey).stream()
                .filter(entry -> entry.valueType().equals("JOB") && entry.intent().equals("FAILED"))
                .map(entry -> (String) entry.payload().get("type")).toList();
    }

    @Override
    public List<String> variableAndJobRecords() {
        List<String> records = new ArrayList<>();
        long position = 0;
        while (true) {
            List<Operations.JournalEntry> entries = operations().journalAfter(position, 1000);
            if (entries.isEmpty()) {
                return records;
            }
            for (Operations.JournalEntry entry : entries) {
                if (RECORDED.contains(entry.valueType())) {
                    records.add(Json.write(Map.of("valueType", entry.valueType(), "intent", entry.intent(), "key", entry.key(),
                            "elementId", String.valueOf(entry.elementId()), "payload", entry.payload())));
                }
                position = entry.position();
            }
        }
    }

    @Override
    public void close() {
        super.close();
        server.close();
    }
}
