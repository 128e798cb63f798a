package uk.stpartnership.notification.email;

import io.camunda.client.api.response.ActivatedJob;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.stpartnership.testsupport.PeopleDirectoryStub;
import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.testsupport.TestMailServer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static uk.stpartnership.notification.email.EmailTestSupport.AGENDA_PACK_PROCESS;
import static uk.stpartnership.notification.email.EmailTestSupport.CASE_REFERENCE;
import static uk.stpartnership.notification.email.EmailTestSupport.COMPLAINANT_EMAIL;
import static uk.stpartnership.notification.email.EmailTestSupport.COMPLAINT_ACKNOWLEDGEMENT_PROCESS;
import static uk.stpartnership.notification.email.EmailTestSupport.COMPLAINT_REFERENCE;
import static uk.stpartnership.notification.email.EmailTestSupport.ICALENDAR;
import static uk.stpartnership.notification.email.EmailTestSupport.TAKEN_BY_TEST;
import static uk.stpartnership.notification.email.EmailTestSupport.agendaPackVariables;
import static uk.stpartnership.notification.email.EmailTestSupport.attachment;
import static uk.stpartnership.notification.email.EmailTestSupport.COMPLAINT_RESPONSE_PROCESS;
import static uk.stpartnership.notification.email.EmailTestSupport.complaintAcknowledgementVariables;
import static uk.stpartnership.notification.email.EmailTestSupport.onlyJobOf;
import static uk.stpartnership.notification.email.EmailTestSupport.part;
import static uk.stpartnership.notification.email.EmailTestSupport.reminderVariables;
import static uk.stpartnership.notification.email.EmailTestSupport.startInstance;
import static uk.stpartnership.notification.email.EmailTestSupport.text;

/** The send-email job against a real Zeebe engine, PostgreSQL, SMTP server and an HTTP people directory. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SendEmailJobTest implements TestPropertyProvider {

    private TestEngine engine;
    private TestMailServer mail;
    private PeopleDirectoryStub directory;

    @Inject
    SendEmailWorker worker;
    @Inject
    OutboxRepository outbox;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        engine = TestEngine.start();
        engine.deploy("bpmn/send-email-test.bpmn", "bpmn/send-agenda-pack-test.bpmn", "bpmn/send-complaint-acknowledgement-test.bpmn",
                "bpmn/send-complaint-response-test.bpmn");
        mail = TestMailServer.start();
        directory = EmailTestSupport.directory();
        return EmailTestSupport.properties(engine, mail.smtpPort(), directory);
    }

    @AfterAll
    void stop() {
        directory.close();
        mail.close();
        engine.close();
    }

    @BeforeEach
    void reset() {
        mail.purge();
        directory.requests.clear();
    }

    @Test
    void theServiceSendsTheEmailAndCompletesTheJob() throws Exception {
        long instance = startInstance(engine, "send-email", List.of(Map.of("person", "practitioner.hackney")), reminderVariables());

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().size() == 1);
        MimeMessage message = mail.received().get(0);
        assertThat(message.getSubject()).isEqualTo("Reminder: Safe & Together consultation due for case " + CASE_REFERENCE);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@st-partnership.test");
        InternetAddress to = (InternetAddress) message.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("practitioner.hackney@st-partnership.test");
        assertThat(to.getPersonal()).isEqualTo("Sam O'Brien");
        assertThat(part(message, "text/plain"))
                .startsWith("Dear Sam O'Brien,")
                .contains("case " + CASE_REFERENCE + " is due by Tuesday 1 December 2026.");
        assertThat(part(message, "text/html"))
                .contains("<p>Dear Sam O&#39;Brien,</p>")
                .contains("<strong>" + CASE_REFERENCE + "</strong> is due by <strong>Tuesday 1 December 2026</strong>");

        // The process moves on to its next task only once the email job is completed.
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.activateJobs("email-sent").stream()
                .anyMatch(job -> job.getProcessInstanceKey() == instance));
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::status, OutboxEmail::attempts, OutboxEmail::lastError)
                .containsExactly(tuple(OutboxStatus.SENT, 1, null));
    }

    @Test
    void aJobDeliveredAgainSendsNothingTwice() {
        long instance = startInstance(engine, TAKEN_BY_TEST,
                List.of(Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney")), reminderVariables());
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        worker.sendEmail(job);
        worker.sendEmail(job);
        // Zeebe hands the job out again, as it does when the completion was lost or the job timed out.
        engine.client().newFailCommand(job).retries(job.getRetries() - 1).errorMessage("completion lost").send().join();
        ActivatedJob again = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);
        assertThat(again.getKey()).isEqualTo(job.getKey());
        worker.sendEmail(again);
        engine.client().newCompleteCommand(again).send().join();

        assertThat(mail.received()).hasSize(2)
                .extracting(message -> ((InternetAddress) message.getAllRecipients()[0]).getAddress())
                .containsExactlyInAnyOrder("implementation-lead.hackney@st-partnership.test", "implementation-lead-2.hackney@st-partnership.test");
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::jobKey, OutboxEmail::status, OutboxEmail::attempts)
                .containsExactly(tuple(job.getKey(), OutboxStatus.SENT, 1), tuple(job.getKey(), OutboxStatus.SENT, 1));
    }

    @Test
    void twoDeliveriesOfTheSameJobAtOnceStillSendEachEmailOnce() {
        long instance = startInstance(engine, TAKEN_BY_TEST,
                List.of(Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney")), reminderVariables());
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        // As when a job times out while its first worker is still sending and Zeebe hands it to another.
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> worker.sendEmail(job)),
                CompletableFuture.runAsync(() -> worker.sendEmail(job))).join();

        assertThat(mail.received()).hasSize(2);
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::status, OutboxEmail::attempts)
                .containsExactly(tuple(OutboxStatus.SENT, 1), tuple(OutboxStatus.SENT, 1));
    }

    @Test
    void asksTheDirectoryOncePerRoleAndPersonAndEmailsEachPersonOnce() {
        long instance = startInstance(engine, TAKEN_BY_TEST, List.of(
                Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney"),
                Map.of("person", "implementation-lead.hackney"),
                Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney"),
                Map.of("person", "practitioner.hackney")), reminderVariables());

        worker.sendEmail(onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance));

        assertThat(directory.requests).containsExactly(
                "/internal/people?role=IMPLEMENTATION_LEAD&organisation=hackney",
                "/internal/people/implementation-lead.hackney",
                "/internal/people/practitioner.hackney");
        assertThat(mail.received()).hasSize(3);
    }

    @Test
    void aRoleWithNobodyInItFailsTheJobInsteadOfDroppingTheRecipient() {
        assertDefect(List.of(Map.of("person", "practitioner.hackney"), Map.of("role", "CHAMPION", "organisation", "hackney")),
                reminderVariables(), "Nobody holds role CHAMPION in organisation hackney");
    }

    @Test
    void aPersonTheDirectoryDoesNotKnowFailsTheJob() {
        assertDefect(List.of(Map.of("person", "nobody.hackney")), reminderVariables(),
                "Recipient person 'nobody.hackney' is not in the people directory");
    }

    @Test
    void aVariableTheTemplateDeclaresButTheJobLacksFailsTheJobBeforeAnythingIsRecorded() {
        Map<String, Object> variables = new HashMap<>(reminderVariables());
        variables.remove("dueDate");
        assertDefect(List.of(Map.of("person", "practitioner.hackney")), variables, "Template consultation-reminder needs [dueDate]");
    }

    @Test
    void malformedRecipientsFailTheJob() {
        assertDefect(List.of(Map.of("person", "practitioner.hackney"), Map.of("role", "CHAMPION")), reminderVariables(),
                "Recipient 2 (keys [role]) is not one of {\"person\": id}, {\"role\": R, \"organisation\": O} or {\"email\": address, \"name\": N}");
    }

    @Test
    void missingRecipientsFailTheJob() {
        assertDefect(null, reminderVariables(), "The task's local variable 'recipients' must be a list of");
    }

    @Test
    void aComplaintLetterGoesToWhomWorkflowServiceNamesWithTheTextItHolds() throws Exception {
        Map<String, Object> variables = new HashMap<>(Map.of("jobType", "send-email", "complaintId", EmailTestSupport.COMPLAINT_ID,
                "draftId", EmailTestSupport.DRAFT_ID, "businessReference", COMPLAINT_REFERENCE));
        long instance = engine.client().newCreateInstanceCommand().bpmnProcessId(COMPLAINT_RESPONSE_PROCESS).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().size() == 1);
        MimeMessage message = mail.received().get(0);
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo(COMPLAINANT_EMAIL);
        assertThat(part(message, "text/plain")).startsWith("Dear Alex Morgan,").contains(EmailTestSupport.RESPONSE_TEXT);
        assertThat(directory.requests).containsExactly("/internal/letters/complaint/" + EmailTestSupport.COMPLAINT_ID
                + "/complaint-response?draftId=" + EmailTestSupport.DRAFT_ID);
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.activateJobs("email-sent").stream()
                .anyMatch(job -> job.getProcessInstanceKey() == instance));
    }

    @Test
    void someoneOutsideThePlatformIsEmailedAtTheGivenAddressUnderTheGivenName() throws Exception {
        long instance = startInstance(engine, COMPLAINT_ACKNOWLEDGEMENT_PROCESS, "send-email",
                List.of(Map.of("email", COMPLAINANT_EMAIL, "name", "Alex Morgan")), complaintAcknowledgementVariables());

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().size() == 1);
        MimeMessage message = mail.received().get(0);
        assertThat(message.getSubject()).isEqualTo("Your complaint " + COMPLAINT_REFERENCE + ": we have received it");
        InternetAddress to = (InternetAddress) message.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo(COMPLAINANT_EMAIL);
        assertThat(to.getPersonal()).isEqualTo("Alex Morgan");
        assertThat(part(message, "text/plain"))
                .startsWith("Dear Alex Morgan,")
                .contains("We received your complaint on Tuesday 24 November 2026", "Your complaint reference is " + COMPLAINT_REFERENCE + ".");
        assertThat(directory.requests).isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.activateJobs("email-sent").stream()
                .anyMatch(job -> job.getProcessInstanceKey() == instance));
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::recipientEmail, OutboxEmail::recipientName, OutboxEmail::status)
                .containsExactly(tuple(COMPLAINANT_EMAIL, "Alex Morgan", OutboxStatus.SENT));
    }

    /** null: the model writes {email: e, name: null} when it has no name. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \t"})
    void someoneOutsideThePlatformWithoutANameIsGreetedAsSirOrMadam(String name) throws Exception {
        Map<String, String> complainant = new HashMap<>(Map.of("email", COMPLAINANT_EMAIL));
        complainant.put("name", name);
        long instance = startInstance(engine, COMPLAINT_ACKNOWLEDGEMENT_PROCESS, TAKEN_BY_TEST, List.of(complainant),
                complaintAcknowledgementVariables());

        worker.sendEmail(onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance));

        assertThat(mail.received()).hasSize(1);
        MimeMessage message = mail.received().get(0);
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo(COMPLAINANT_EMAIL);
        assertThat(part(message, "text/plain")).startsWith("Dear Sir or Madam,");
        assertThat(part(message, "text/html")).contains("<p>Dear Sir or Madam,</p>");
    }

    static Stream<String> notOneEmailAddress() {
        return Stream.of("alex.example.org", "alex@@example.org", "alex@home@example.org", "@example.org", "alex@", "",
                "alex morgan@example.org", "alex@example.org\r\nBcc: someone@example.org", "a".repeat(243) + "@example.org");
    }

    @ParameterizedTest
    @MethodSource("notOneEmailAddress")
    void anAddressThatIsNotOneEmailAddressFailsTheJobWithNothingSent(String address) {
        assertDefect(List.of(Map.of("person", "practitioner.hackney"), Map.of("email", address, "name", "Alex Morgan")),
                complaintAcknowledgementVariables(), "A recipient's \"email\" is not an email address");
    }

    @Test
    void anEmptyRecipientsListCompletesTheJobWithNothingSent() {
        // A complainant who gave no email address: the process writes to them by post.
        long instance = startInstance(engine, COMPLAINT_ACKNOWLEDGEMENT_PROCESS, "send-email", List.of(), complaintAcknowledgementVariables());

        await().atMost(Duration.ofSeconds(30)).until(() -> engine.activateJobs("email-sent").stream()
                .anyMatch(job -> job.getProcessInstanceKey() == instance));
        assertThat(mail.received()).isEmpty();
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance)).isEmpty();
        assertThat(directory.requests).isEmpty();
    }

    @Test
    void aJobForSomeoneOutsideThePlatformDeliveredAgainSendsNothingTwice() {
        long instance = startInstance(engine, COMPLAINT_ACKNOWLEDGEMENT_PROCESS, TAKEN_BY_TEST,
                List.of(Map.of("email", COMPLAINANT_EMAIL)), complaintAcknowledgementVariables());
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        worker.sendEmail(job);
        engine.client().newFailCommand(job).retries(job.getRetries() - 1).errorMessage("completion lost").send().join();
        ActivatedJob again = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);
        assertThat(again.getKey()).isEqualTo(job.getKey());
        worker.sendEmail(again);
        engine.client().newCompleteCommand(again).send().join();

        assertThat(mail.received()).hasSize(1);
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::recipientEmail, OutboxEmail::recipientName, OutboxEmail::status, OutboxEmail::attempts)
                .containsExactly(tuple(COMPLAINANT_EMAIL, "Sir or Madam", OutboxStatus.SENT, 1));
    }

    /** A job that cannot succeed fails as a defect (an incident at once), and nothing is sent or kept. */
    private void assertDefect(List<Map<String, String>> recipients, Map<String, Object> variables, String message) {
        long instance = startInstance(engine, TAKEN_BY_TEST, recipients, variables);
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        assertThatThrownBy(() -> worker.sendEmail(job)).isInstanceOf(EmailJobDefect.class).hasMessageContaining(message);
        assertThat(mail.received()).isEmpty();
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance)).isEmpty();
    }

    @Test
    void theAgendaPackCarriesTheCalendarInvitationBesideTheTextAndHtml() throws Exception {
        long instance = startInstance(engine, AGENDA_PACK_PROCESS, "send-email", List.of(Map.of("person", "practitioner.hackney")),
                agendaPackVariables(EmailTestSupport.MEETING_ID));

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().size() == 1);
        MimeMessage message = mail.received().get(0);
        assertThat(message.getSubject()).isEqualTo("Agenda: Operational group on Tuesday 8 December 2026 at 10:00");
        assertThat(message.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(List.of(alternatives.getBodyPart(0).isMimeType("text/plain"), alternatives.getBodyPart(1).isMimeType("text/html")))
                .containsExactly(true, true);
        // SMTP carries text with CRLF line ends.
        assertThat(part(message, "text/plain").replace("\r\n", "\n")).startsWith("Dear Sam O'Brien,")
                .contains("When: Tuesday 8 December 2026 at 10:00\nWhere: Committee Room 2, Hackney Town Hall", "1. Actions\n2. Training plan");

        BodyPart invite = mixed.getBodyPart(1);
        ContentType type = new ContentType(invite.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(invite.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(invite.getFileName()).isEqualTo("invite.ics");
        assertThat(text(invite)).isEqualTo(ICALENDAR);

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.activateJobs("email-sent").stream()
                .anyMatch(job -> job.getProcessInstanceKey() == instance));
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::status, OutboxEmail::calendarInvite)
                .containsExactly(tuple(OutboxStatus.SENT, ICALENDAR));
    }

    @Test
    void anAgendaPackJobDeliveredAgainSendsEachInvitationOnce() {
        long instance = startInstance(engine, AGENDA_PACK_PROCESS, TAKEN_BY_TEST,
                List.of(Map.of("role", "IMPLEMENTATION_LEAD", "organisation", "hackney")), agendaPackVariables(EmailTestSupport.MEETING_ID));
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        worker.sendEmail(job);
        engine.client().newFailCommand(job).retries(job.getRetries() - 1).errorMessage("completion lost").send().join();
        ActivatedJob again = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);
        assertThat(again.getKey()).isEqualTo(job.getKey());
        worker.sendEmail(again);
        engine.client().newCompleteCommand(again).send().join();

        assertThat(mail.received()).hasSize(2)
                .allSatisfy(message -> assertThat(text(attachment(message))).isEqualTo(ICALENDAR));
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance))
                .extracting(OutboxEmail::status, OutboxEmail::attempts)
                .containsExactly(tuple(OutboxStatus.SENT, 1), tuple(OutboxStatus.SENT, 1));
    }

    /** null: the letter has no value of that name. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \r\n", "1. Actions"})
    void anAttachmentHeaderWhoseValueHoldsNoCalendarFailsTheJobBeforeAnythingIsRecorded(String icalendar) {
        String meetingId = UUID.nameUUIDFromBytes(String.valueOf(icalendar).getBytes(StandardCharsets.UTF_8)).toString();
        EmailTestSupport.withAgendaPack(directory, meetingId, icalendar);
        long instance = startInstance(engine, AGENDA_PACK_PROCESS, TAKEN_BY_TEST, List.of(Map.of("person", "practitioner.hackney")),
                agendaPackVariables(meetingId));
        ActivatedJob job = onlyJobOf(engine.activateJobs(TAKEN_BY_TEST), instance);

        assertThatThrownBy(() -> worker.sendEmail(job))
                .isInstanceOf(EmailJobDefect.class)
                .hasMessageContaining("'icalendar'");
        assertThat(mail.received()).isEmpty();
        assertThat(outbox.findByProcessInstanceKeyOrderById(instance)).isEmpty();
    }

    @Test
    void healthAnswersWithoutTheServiceTokenButTheOutboxOnlyWithIt() throws Exception {
        HttpResponse<String> health = EmailTestSupport.get(server.getURI().resolve("/health"), false);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> outboxWithoutToken = EmailTestSupport.get(server.getURI().resolve("/internal/outbox"), false);
        assertThat(outboxWithoutToken.statusCode()).isEqualTo(401);
        assertThat(outboxWithoutToken.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> noneFailed = EmailTestSupport.get(server.getURI().resolve("/internal/outbox?status=FAILED"), true);
        assertThat(noneFailed.statusCode()).isEqualTo(200);
        assertThat(noneFailed.body()).isEqualTo("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0}");
    }
}
