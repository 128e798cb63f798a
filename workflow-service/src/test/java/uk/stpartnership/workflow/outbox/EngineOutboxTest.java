package uk.stpartnership.workflow.outbox;

import io.camunda.client.CamundaClient;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records are committed before the engine hears of them: process starts and messages go through the outbox, on the
 * real engine and PostgreSQL with the workers running. The engine can be made unreachable (a real gRPC failure,
 * against a port nothing listens on), or made to lose its answer after it has acted.
 */
@MicronautTest(transactional = false)
class EngineOutboxTest extends WorkflowServiceTest {

    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person OFFICER = new Person("complaints-officer.hackney", "hackney", "COMPLAINTS_OFFICER");

    /** How the engine behaves for the outbox now. */
    enum Reach { NORMAL, UNREACHABLE, ANSWER_LOST }

    private volatile Reach reach = Reach.NORMAL;

    @Inject
    EngineOutbox outbox;
    @Inject
    OutboxDrainer drainer;

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("outbox.poll-interval", "500ms");
        return properties;
    }

    @MockBean(Engine.class)
    Engine engine() {
        Engine real = new ZeebeEngine(resources.engine().client());
        Engine unreachable = new ZeebeEngine(CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:" + FreePort.find()))
                .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(2)).build());
        return (name, correlationKey, messageId, timeToLive, variables) -> switch (reach) {
            case NORMAL -> real.publishMessage(name, correlationKey, messageId, timeToLive, variables);
            case UNREACHABLE -> unreachable.publishMessage(name, correlationKey, messageId, timeToLive, variables);
            case ANSWER_LOST -> {
                real.publishMessage(name, correlationKey, messageId, timeToLive, variables);
                reach = Reach.NORMAL;
                throw new IllegalStateException("The engine's answer was lost on the way back");
            }
        };
    }

    @AfterEach
    void reachable() {
        reach = Reach.NORMAL;
    }

    @Test
    void aNewSeriesIsCommittedBeforeItsProcessStartsSoItsFirstMeetingIsPlannedWithoutARetry() throws Exception {
        String seriesId = createSeries();

        eventually(() -> resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'"), n -> n == 1);
        long instance = onlyInstance("meeting-series", "seriesId", seriesId);
        assertThat(resources.engine().failedJobTypes(instance)).as("jobs failed and retried").isEmpty();
    }

    @Test
    void aNewComplaintsFirstJobsRunWithoutARetry() throws Exception {
        var recorded = call(OFFICER, "POST", "/internal/complaints", """
                {"receivedOn":"%s","channel":"EMAIL","complainantName":"A Parent","complainantRelationship":"OTHER_PARENT",
                 "about":"Not listened to","complainantIsPersonCausingHarm":"NO","protectedDetails":[]}"""
                .formatted(LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = (String) map(recorded).get("id");

        eventually(() -> resources.engine().instancesWith("complaint", "complaintId", id), started -> started.size() == 1);
        long instance = onlyInstance("complaint", "complaintId", id);
        eventually(() -> resources.count("SELECT count(*) FROM workflow.inbox_task WHERE process_instance_key = " + instance), n -> n >= 1);
        assertThat(resources.engine().failedJobTypes(instance)).as("jobs failed and retried").isEmpty();
    }

    @Test
    void aStartThatCannotReachTheEngineIsRetriedLaterAndHappensOnce() throws Exception {
        reach = Reach.UNREACHABLE;
        String seriesId = createSeries();
        String row = "FROM workflow.engine_outbox WHERE kind = 'START' AND record_id = '" + seriesId + "'";
        eventually(() -> resources.count("SELECT attempts " + row), attempts -> attempts >= 2);
        assertThat(resources.count("SELECT count(*) " + row + " AND sent_at IS NULL")).isEqualTo(1);
        assertThat(resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'")).isZero();

        reach = Reach.NORMAL;
        eventually(() -> resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'"), n -> n == 1);
        onlyInstance("meeting-series", "seriesId", seriesId);
    }

    /** The engine started the series, the service stopped before marking the start sent: the start goes again, and is refused. */
    @Test
    void aStartSentAgainAfterItsAnswerWasLostStartsOneInstance() throws Exception {
        reach = Reach.ANSWER_LOST;
        String seriesId = createSeries();
        String row = "FROM workflow.engine_outbox WHERE kind = 'START' AND record_id = '" + seriesId + "'";
        eventually(() -> resources.count("SELECT count(*) " + row + " AND sent_at IS NOT NULL"), n -> n == 1);
        assertThat(resources.count("SELECT attempts " + row)).as("sent twice").isEqualTo(2);
        eventually(() -> resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'"), n -> n == 1);
        onlyInstance("meeting-series", "seriesId", seriesId);
    }

    /** The same outbox row sent once more after it was sent (as if its marking had been lost): still one instance. */
    @Test
    void theSameStartRowSentTwiceGivesOneInstance() throws Exception {
        String seriesId = createSeries();
        String row = "FROM workflow.engine_outbox WHERE kind = 'START' AND record_id = '" + seriesId + "'";
        eventually(() -> resources.count("SELECT count(*) " + row + " AND sent_at IS NOT NULL"), n -> n == 1);
        resources.update("UPDATE workflow.engine_outbox SET sent_at = NULL, next_attempt_at = now() WHERE kind = 'START' AND record_id = '"
                + seriesId + "'");
        drainer.wake();
        eventually(() -> resources.count("SELECT count(*) " + row + " AND sent_at IS NOT NULL AND attempts = 2"), n -> n == 1);
        eventually(() -> resources.count("SELECT count(*) FROM workflow.meeting WHERE series_id = '" + seriesId + "'"), n -> n == 1);
        onlyInstance("meeting-series", "seriesId", seriesId);
    }

    /** The one instance of the process for the record; waits a moment so that a second one would have shown. */
    private long onlyInstance(String bpmnProcessId, String variable, String recordId) throws InterruptedException {
        Thread.sleep(1000);
        List<Long> instances = resources.engine().instancesWith(bpmnProcessId, variable, recordId);
        assertThat(instances).as("instances of %s for %s", bpmnProcessId, recordId).hasSize(1);
        return instances.get(0);
    }

    @Test
    void aMessageSentAgainAfterItsAnswerWasLostArrivesOnce() {
        UUID actionId = UUID.randomUUID();
        int before = resources.engine().startedInstances("governance-action").size();
        reach = Reach.ANSWER_LOST;
        outbox.publishMessage("action-agreed", actionId.toString(), actionId.toString(), Duration.ofHours(1), Map.of(
                "actionId", actionId.toString(), "actionTitle", "Sign off matched funding", "owner", "implementation-lead.hackney",
                "borough", "hackney", "dueDate", "2030-01-10", "dueAt", "2030-01-10T17:00:00Z", "reminderAt", "2030-01-08T09:00:00Z",
                "meetingTitle", "Operational group", "businessReference", actionId.toString()));

        String row = "FROM workflow.engine_outbox WHERE kind = 'MESSAGE' AND message_id = '" + actionId + "'";
        eventually(() -> resources.count("SELECT count(*) " + row + " AND sent_at IS NOT NULL"), n -> n == 1);
        assertThat(resources.count("SELECT attempts " + row)).as("sent twice").isEqualTo(2);
        assertThat(resources.engine().startedInstances("governance-action")).hasSize(before + 1);
    }

    private String createSeries() throws Exception {
        var created = call(PROJECT_MANAGER, "POST", "/internal/meeting-series",
                "{\"title\":\"Operational group\",\"group\":\"OPERATIONAL\",\"cadence\":{\"kind\":\"WEEKLY\",\"everyWeeks\":2,\"weekday\":\"TUESDAY\"},"
                        + "\"startTime\":\"10:00\",\"durationMinutes\":90,\"location\":\"Hackney Town Hall\",\"chair\":\"project-manager.respect\","
                        + "\"organisation\":\"respect\",\"members\":[{\"person\":\"project-manager.respect\"}],"
                        + "\"agendaCallWorkingDays\":5,\"papersWorkingDays\":2,\"minutesApprovalWorkingDays\":5,\"quorum\":1}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) map(created).get("id");
    }
}
