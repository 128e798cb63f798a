package uk.stpartnership.notification.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.stpartnership.testsupport.FreePort;
import uk.stpartnership.testsupport.PeopleDirectoryStub;
import uk.stpartnership.testsupport.TestEngine;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.stpartnership.notification.email.EmailTestSupport.AGENDA_PACK_PROCESS;
import static uk.stpartnership.notification.email.EmailTestSupport.ICALENDAR;
import static uk.stpartnership.notification.email.EmailTestSupport.TAKEN_BY_TEST;
import static uk.stpartnership.notification.email.EmailTestSupport.agendaPackVariables;
import static uk.stpartnership.notification.email.EmailTestSupport.attachment;
import static uk.stpartnership.notification.email.EmailTestSupport.onlyJobOf;
import static uk.stpartnership.notification.email.EmailTestSupport.reminderVariables;
import static uk.stpartnership.notification.email.EmailTestSupport.startInstance;
import static uk.stpartnership.notification.email.EmailTestSupport.text;

/** The SMTP relay is down (nothing listens on its port): the job is retried, and its last failure is kept for operators. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpFailureTest implements TestPropertyProvider {

    private static final List<Map<String, String>> PRACTITIONER = List.of(Map.of("person", "practitioner.hackney"));

    private TestEngine engine;
    private PeopleDirectoryStub directory;
    private int smtpPort;

    @Inject
    OutboxRepository outbox;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    SendEmailWorker worker;

    @Override
    public Map<String, String> getProperties() {
        engine = TestEngine.start();
        engine.deploy("bpmn/send-email-test.bpmn", "bpmn/send-agenda-pack-test.bpmn");
        directory = EmailTestSupport.directory();
        smtpPort = FreePort.find();
        return EmailTestSupport.properties(engine, smtpPort, directory);
    }

    @AfterAll
    void stop() {
        directory.close();
        engine.close();
    }

    @Test
    void aFailedSendLeavesTheEmailUnsentAndTheJobIsRetriedUntilTheRelayTakesIt() {
        long instance = startInstance(engine, "send-email", PRACTITIONER, reminderVariables());

        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.findByProcessInstanceKeyOrderById(instance).stream()
                .anyMatch(email -> email.attempts() == 1));
        OutboxEmail unsent = outbox.findByProcessInstanceKeyOrderById(instance).get(0);
        assertThat(unsent.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(unsent.lastError()).contains("Couldn't connect to host");

        GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try {
            // The worker layer fails the job with a backoff; Zeebe hands it out again and this time it goes.
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.getReceivedMessages().length == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.activateJobs("email-sent").stream()
                    .anyMatch(job -> job.getProcessInstanceKey() == instance));
            OutboxEmail sent = outbox.findByProcessInstanceKeyOrderById(instance).get(0);
            assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(relay.getReceivedMessages()).hasSize(1);
        } finally {
            relay.stop();
        }
    }

    @Test
    void whenTheLastRetryFailsTheEmailIsMarkedFailedAndListedForOperators() throws Exception {
        long first = startInstance(engine, "send-email", PRACTITIONER, reminderVariables());
        long second = startInstance(engine, "send-email", PRACTITIONER, reminderVariables());

        // The model gives the task 2 retries: the first failure leaves the email PENDING, the second marks it FAILED.
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(first, second).stream()
                .allMatch(instance -> outbox.findByProcessInstanceKeyOrderById(instance).stream()
                        .anyMatch(email -> email.status() == OutboxStatus.FAILED)));
        assertThat(outbox.findByProcessInstanceKeyOrderById(first)).singleElement()
                .satisfies(email -> assertThat(email.attempts()).isEqualTo(2));

        Map<String, Object> page = listFailed("status=FAILED&page=0&size=20");
        assertThat(page).containsEntry("page", 0).containsEntry("size", 20).containsEntry("totalItems", 2);
        List<Map<String, Object>> items = items(page);
        assertThat(items).extracting(item -> ((Number) item.get("processInstanceKey")).longValue())
                .containsExactlyInAnyOrder(first, second);
        assertThat(items).extracting(item -> (String) item.get("createdAt")).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(items.get(0))
                .containsEntry("status", "FAILED")
                .containsEntry("template", "consultation-reminder")
                .containsEntry("recipientEmail", "practitioner.hackney@st-partnership.test")
                .containsEntry("recipientName", "Sam O'Brien")
                .containsEntry("attempts", 2);
        assertThat((String) items.get(0).get("lastError")).contains("Couldn't connect to host");

        assertThat(items(listFailed("status=FAILED&page=1&size=1"))).singleElement()
                .satisfies(item -> assertThat(item.get("id")).isEqualTo(items.get(1).get("id")));

        HttpResponse<String> tooBig = EmailTestSupport.get(server.getURI().resolve("/internal/outbox?size=1000"), true);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aRetrySendsTheCalendarInvitationTheFirstDeliveryRecorded() throws Exception {
        String meetingId = "9b2d7e14-5c3a-4f60-8e1d-3a7c0b5f2e91";
        EmailTestSupport.withAgendaPack(directory, meetingId, ICALENDAR);
        long instance = startInstance(engine, AGENDA_PACK_PROCESS, TAKEN_BY_TEST, PRACTITIONER, agendaPackVariables(meetingId));
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);
        assertThatThrownBy(() -> worker.sendEmail(job)).isInstanceOf(EmailsNotSent.class);

        // workflow-service's pack changes before Zeebe hands the job out again: the email still carries what was recorded.
        EmailTestSupport.withAgendaPack(directory, meetingId, ICALENDAR.replace("Operational", "Changed"));
        engine.client().newFailCommand(job).retries(job.getRetries() - 1).errorMessage("relay down").send().join();
        ActivatedJob again = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try {
            worker.sendEmail(again);
            assertThat(relay.getReceivedMessages()).hasSize(1);
            assertThat(text(attachment(relay.getReceivedMessages()[0]))).isEqualTo(ICALENDAR);
        } finally {
            relay.stop();
        }
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance)).singleElement()
                .satisfies(email -> assertThat(email.status()).isEqualTo(OutboxStatus.SENT));
    }

    private Map<String, Object> listFailed(String query) throws Exception {
        HttpResponse<String> response = EmailTestSupport.get(server.getURI().resolve("/internal/outbox?" + query), true);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
