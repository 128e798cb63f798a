package uk.stpartnership.workflow.demo;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.WorkflowServiceTest;
import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Local mode: on the first start the demo history is loaded through the use cases and task lists, so every list has
 * something; a second start of the service on the same database loads nothing more.
 */
@MicronautTest(transactional = false, environments = "local")
class DemoHistoryTest extends WorkflowServiceTest {

    private static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    private static final Person COMPLAINTS_MANAGER = new Person("complaints-manager.hackney", "hackney", "COMPLAINTS_MANAGER");
    private static final Person REVIEWER = new Person("st-reviewer.hackney", "hackney", "ST_REVIEWER");
    private static final Person OFFICER = new Person("complaints-officer.hackney", "hackney", "COMPLAINTS_OFFICER");
    private static final Person LEAD = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    /** The demo complaints' protected detail and words: never in a log line or the engine. */
    private static final List<String> PROTECTED = List.of("Riverside Primary", "where my children go to school", "chris.mason@example.test");

    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();

    @Inject
    ApplicationContext context;

    @Override
    protected boolean workersEnabled() {
        return true;
    }

    @BeforeAll
    void captureLogs() {
        logLines.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logLines);
    }

    @AfterAll
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logLines);
    }

    @Test
    void theHistoryIsThereAfterTheFirstStartAndASecondStartLoadsNothingMore() throws Exception {
        // notification-service's part (the complaint letters) is played here while the history loads.
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            emails.deliver();
            return resources.count("SELECT count(*) FROM workflow.demo_history WHERE loaded_at IS NOT NULL") == 1;
        });
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));

        // Past meetings of the three London groups, with approved minutes.
        List<Map<String, Object>> series = items(call(PROJECT_MANAGER, "GET", "/internal/meeting-series", null));
        assertThat(series).extracting(s -> s.get("title"))
                .containsExactlyInAnyOrder("Operational group", "Steering group", "Performance management group");
        for (Map<String, Object> one : series) {
            List<Map<String, Object>> past = pastMeetings(one.get("id"));
            assertThat(past).as("past meetings of the %s", one.get("title")).isNotEmpty()
                    .allSatisfy(m -> assertThat(m).containsEntry("status", "HELD").containsKey("minutesApprovedAt"))
                    .allSatisfy(m -> assertThat(LocalDate.parse((String) m.get("date"))).isBefore(today));
        }

        // Decisions open and implemented; actions done, due and overdue.
        assertThat(items(call(PROJECT_MANAGER, "GET", "/internal/decisions?status=OPEN", null))).extracting(d -> d.get("wording"))
                .contains("Each borough formally signs off its match-funding commitment for year 3");
        assertThat(items(call(PROJECT_MANAGER, "GET", "/internal/decisions?status=IMPLEMENTED", null))).extracting(d -> d.get("wording"))
                .contains("Bid to MOPAC for continuation funding from April", "Every borough keeps its consultations in the shared log");
        assertThat(eventually(() -> items(call(PROJECT_MANAGER, "GET", "/internal/actions?status=DONE", null)), done -> done.size() == 3))
                .allSatisfy(a -> assertThat(a.get("doneNote")).isNotNull());
        assertThat(items(call(PROJECT_MANAGER, "GET", "/internal/actions?overdue=true", null))).extracting(a -> a.get("title"))
                .containsExactlyInAnyOrder("Sign off Newham's match-funding commitment", "Update the implementation timeline");
        assertThat(items(call(PROJECT_MANAGER, "GET", "/internal/actions?status=OPEN&overdue=false", null))).hasSizeGreaterThanOrEqualTo(2);

        // Consultations over several months, and two still to be held in the leads' lists.
        Map<String, Object> monthly = map(call(PROJECT_MANAGER, "GET", "/internal/consultations/monthly?from="
                + YearMonth.from(today).minusMonths(4) + "&to=" + YearMonth.from(today), null));
        List<Map<String, Object>> counts = listOf(monthly.get("counts"));
        assertThat(counts.stream().map(c -> c.get("month")).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(counts.stream().mapToLong(c -> ((Number) c.get("consultations")).longValue()).sum()).isEqualTo(12);
        assertThat(items(call(LEAD, "GET", "/internal/tasks?size=100", null))).extracting(t -> t.get("kind")).contains("hold-case-consultation");

        // Complaints at each stage.
        List<Map<String, Object>> complaints = items(call(COMPLAINTS_MANAGER, "GET", "/internal/complaints?size=100", null));
        assertThat(complaints).hasSize(6);
        assertThat(complaints).extracting(c -> c.get("stageReached")).contains("RECEIVED", "STAGE1", "STAGE2");
        assertThat(complaints).extracting(c -> c.get("outcome")).contains("WITHDRAWN", "RESOLVED_EARLY", "NOT_UPHELD");
        assertThat(items(call(REVIEWER, "GET", "/internal/tasks?size=100", null))).extracting(t -> t.get("kind"))
                .contains("perpetrator-proofing-review");
        assertThat(items(call(OFFICER, "GET", "/internal/tasks?size=100", null))).extracting(t -> t.get("kind"))
                .contains("acknowledge-complaint", "respond-stage1");
        assertThat(items(call(COMPLAINTS_MANAGER, "GET", "/internal/tasks?size=100", null))).extracting(t -> t.get("kind"))
                .contains("investigate-stage2");
        assertThat(items(call(COMPLAINTS_MANAGER, "GET", "/internal/complaints/sla?size=100", null))).as("missed deadlines").isNotEmpty();

        // Nothing about the victim-survivor or the complainant in a log line or the engine.
        List<String> lines = logLines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        List<String> records = resources.engine().variableAndJobRecords();
        for (String text : PROTECTED) {
            assertThat(lines).as("log lines").noneMatch(line -> line.contains(text));
            assertThat(records).as("engine records").noneMatch(record -> record.contains(text));
        }

        // A second start of the service on the same database: the groups and the history are there, nothing is added.
        long before = recordsOfTheHistory();
        Map<String, Object> properties = new HashMap<>(getProperties());
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties, "local")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> logLines.list.stream()
                    .anyMatch(line -> line.getFormattedMessage().equals("The demo history was loaded at an earlier start")));
            assertThat(second.getApplicationContext().getBean(DemoHistory.class).load()).isFalse();
        }
        assertThat(context.getBean(DemoHistory.class).load()).isFalse();
        assertThat(recordsOfTheHistory()).isEqualTo(before);
    }

    private long recordsOfTheHistory() {
        return resources.count("SELECT (SELECT count(*) FROM workflow.meeting WHERE status = 'HELD')"
                + " + (SELECT count(*) FROM workflow.meeting_series) + (SELECT count(*) FROM workflow.consultation_request)"
                + " + (SELECT count(*) FROM workflow.complaint) + (SELECT count(*) FROM workflow.governance_action)"
                + " + (SELECT count(*) FROM workflow.decision)");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pastMeetings(Object seriesId) throws Exception {
        return (List<Map<String, Object>>) map(call(PROJECT_MANAGER, "GET", "/internal/meeting-series/" + seriesId, null)).get("pastMeetings");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
