package uk.stpartnership.notification.email;

import io.camunda.client.api.response.ActivatedJob;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import uk.stpartnership.testsupport.PeopleDirectoryStub;
import uk.stpartnership.testsupport.TestEngine;
import uk.stpartnership.testsupport.TestPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the email tests share: the service's settings against real parts, and small readers. */
final class EmailTestSupport {

    static final String SERVICE_TOKEN = "test-service-token-0123456789";
    static final String CASE_REFERENCE = "HK-2026-0042";
    /** A job type no worker of the service takes: a test activates such jobs and calls the worker itself. */
    static final String TAKEN_BY_TEST = "send-email-by-test";
    static final String REMINDER_PROCESS = "send-email-test";
    /** Its email task has the headers attachment=icalendar and letter=meeting: workflow-service gives the texts and the invitation. */
    static final String AGENDA_PACK_PROCESS = "send-agenda-pack-test";
    static final String MEETING_ID = "4f1c2a9e-7d3b-4c8a-9e51-2b6d0f3a8c17";
    /** Its email task sends complaint-acknowledgement. */
    static final String COMPLAINT_ACKNOWLEDGEMENT_PROCESS = "send-complaint-acknowledgement-test";
    static final String COMPLAINT_REFERENCE = "CMP-HK-2026-0017";
    /** Its email task sends complaint-response as a letter: workflow-service names the recipient and gives the text. */
    static final String COMPLAINT_RESPONSE_PROCESS = "send-complaint-response-test";
    /** A complainant: not a platform user, so not in the people directory. */
    static final String COMPLAINANT_EMAIL = "alex.morgan@example.org";
    /** As build-agenda-pack makes it: CRLF line ends, and a non-ASCII character to show the charset holds. */
    static final String ICALENDAR = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//S&T Partnership//Governance//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:meeting-4f1c2a9e-7d3b-4c8a-9e51-2b6d0f3a8c17@st-partnership.test",
            "DTSTAMP:20261124T090000Z",
            "DTSTART:20261208T100000Z",
            "DTEND:20261208T113000Z",
            "SUMMARY:Operational group",
            "LOCATION:Committee Room 2 – Hackney Town Hall",
            "ORGANIZER;CN=Project manager:mailto:project-manager.respect@st-partnership.test",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    /** The people directory the email tests read. */
    static final List<PeopleDirectoryStub.Entry> PEOPLE = List.of(
            new PeopleDirectoryStub.Entry("practitioner.hackney", "Sam O'Brien", "hackney", "PRACTITIONER"),
            new PeopleDirectoryStub.Entry("implementation-lead.hackney", "Ade Okafor", "hackney", "IMPLEMENTATION_LEAD"),
            new PeopleDirectoryStub.Entry("implementation-lead-2.hackney", "Beth Nowak", "hackney", "IMPLEMENTATION_LEAD"));

    static final String COMPLAINT_ID = "0b5c9f4e-3a51-4d2c-9a37-6f1f0e2a7c11";
    static final String DRAFT_ID = "6d0f3c4e-1b2a-4c5d-8e9f-0a1b2c3d4e5f";
    static final String RESPONSE_TEXT = "We looked at each of your concerns and partly uphold your complaint.";

    /** ui-api's people directory over PEOPLE, and workflow-service's one screened response of one complaint and one agenda pack. */
    static PeopleDirectoryStub directory() {
        return withAgendaPack(PeopleDirectoryStub.start(SERVICE_TOKEN, PEOPLE).withLetter(
                "/internal/letters/complaint/" + COMPLAINT_ID + "/complaint-response?draftId=" + DRAFT_ID, """
                        {"recipients":[{"email":"alex.morgan@example.org","name":"Alex Morgan"}],"values":{"responseText":"%s"}}"""
                        .formatted(RESPONSE_TEXT)), MEETING_ID, ICALENDAR);
    }

    /** workflow-service's agenda pack of the meeting, for the job's own recipients; without an invitation when icalendar is null. */
    static PeopleDirectoryStub withAgendaPack(PeopleDirectoryStub directory, String meetingId, String icalendar) {
        String invitation = icalendar == null ? "" : ",\"icalendar\":\"" + icalendar.replace("\r", "\\r").replace("\n", "\\n") + "\"";
        return directory.withLetter("/internal/letters/meeting/" + meetingId + "/agenda-pack", """
                {"values":{"meetingTitle":"Operational group","location":"Committee Room 2, Hackney Town Hall",\
                "agendaSummary":"1. Actions\\n2. Training plan"%s}}""".formatted(invitation));
    }

    private EmailTestSupport() {
    }

    static Map<String, String> properties(TestEngine engine, int smtpPort, PeopleDirectoryStub directory) {
        TestPostgres.Database database = TestPostgres.newDatabase();
        Map<String, String> properties = new HashMap<>(Map.of(
                "micronaut.server.port", "-1",
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "zeebe.grpc-address", engine.grpcAddress(),
                "zeebe.worker.retry-backoff", "1s",
                "mail.smtp.host", "127.0.0.1",
                "mail.smtp.port", Integer.toString(smtpPort),
                "ui-api.url", directory.url(),
                "platform.service-token", SERVICE_TOKEN));
        // The same stub answers for workflow-service's complaint letters.
        properties.put("workflow-service.url", directory.url());
        return properties;
    }

    /** Starts the reminder test process; its email task's job has type {@code jobType}, so a test can take it instead of the service. */
    static long startInstance(TestEngine engine, String jobType, List<Map<String, String>> emailTo, Map<String, Object> templateVariables) {
        return startInstance(engine, REMINDER_PROCESS, jobType, emailTo, templateVariables);
    }

    static long startInstance(TestEngine engine, String processId, String jobType, List<Map<String, String>> emailTo,
                              Map<String, Object> templateVariables) {
        Map<String, Object> variables = new HashMap<>(templateVariables);
        variables.put("jobType", jobType);
        variables.put("emailTo", emailTo);
        return engine.client().newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }

    static Map<String, Object> reminderVariables() {
        return Map.of("caseReference", CASE_REFERENCE, "dueDate", "2026-12-01");
    }

    /** What the meeting process carries: the texts are workflow-service's (the letter). */
    static Map<String, Object> agendaPackVariables(String meetingId) {
        return Map.of("meetingId", meetingId, "scheduledAt", "2026-12-08T10:00:00Z");
    }

    static Map<String, Object> complaintAcknowledgementVariables() {
        return Map.of("businessReference", COMPLAINT_REFERENCE, "receivedOn", "2026-11-24");
    }

    static ActivatedJob onlyJobOf(List<ActivatedJob> jobs, long processInstanceKey) {
        List<ActivatedJob> ofInstance = jobs.stream().filter(job -> job.getProcessInstanceKey() == processInstanceKey).toList();
        assertThat(ofInstance).hasSize(1);
        return ofInstance.get(0);
    }

    /** The body of the message's alternative of this content type ("text/plain" or "text/html"), however deep it sits. */
    static String part(MimeMessage message, String contentType) throws MessagingException, IOException {
        String found = part((Multipart) message.getContent(), contentType);
        if (found == null) {
            throw new AssertionError("The message has no " + contentType + " part");
        }
        return found;
    }

    private static String part(Multipart multipart, String contentType) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            String found = part.isMimeType("multipart/*") ? part((Multipart) part.getContent(), contentType)
                    : part.isMimeType(contentType) ? (String) part.getContent() : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The message's attachment: the part beside the alternatives in its multipart/mixed. */
    static BodyPart attachment(MimeMessage message) throws MessagingException, IOException {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (Part.ATTACHMENT.equals(mixed.getBodyPart(i).getDisposition())) {
                return mixed.getBodyPart(i);
            }
        }
        throw new AssertionError("The message has no attachment");
    }

    /** The text of a part as it was sent, decoded with the charset its content type names. */
    static String text(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), Charset.forName(charset));
        }
    }

    static HttpResponse<String> get(URI uri, boolean withServiceToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (withServiceToken) {
            request.header("X-Service-Token", SERVICE_TOKEN);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
