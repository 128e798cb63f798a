package uk.stpartnership.launcher;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Mail the local platform sent is still there after a restart, and its page lists it newest first with attachments named. */
class LocalMailTest {

    @TempDir
    Path var;

    @Test
    void mailSurvivesARestartAndThePageListsItNewestFirstWithAttachmentsNamed() throws Exception {
        Ports ports = Journeys.freePorts();
        try (LocalMail mail = LocalMail.start(ports, var)) {
            send(ports, "Agenda for the steering group", Date.from(java.time.Instant.parse("2026-11-30T09:00:00Z")), "meeting.ics");
            send(ports, "Action overdue", Date.from(java.time.Instant.parse("2026-12-01T09:00:00Z")), null);
            await().atMost(Duration.ofSeconds(10)).until(() -> keptFiles() == 2);
        }

        Ports again = Journeys.freePorts();
        try (LocalMail mail = LocalMail.start(again, var)) {
            // Back in both recipients' mailboxes, so IMAP shows them too.
            assertThat(mail.received()).hasSize(4).extracting(MimeMessage::getSubject)
                    .containsOnly("Agenda for the steering group", "Action overdue");
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again.mailPage() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page.indexOf("Action overdue")).isLessThan(page.indexOf("Agenda for the steering group"));
            assertThat(page).contains("Attached: meeting.ics");
        }
        assertThat(keptFiles()).isEqualTo(2);
    }

    private long keptFiles() throws Exception {
        try (Stream<Path> files = Files.list(var.resolve("mail"))) {
            return files.count();
        }
    }

    private static void send(Ports ports, String subject, Date sent, String attachment) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(ports.smtp()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@st-partnership.test"));
        message.setRecipients(Message.RecipientType.TO, "project-manager.respect@st-partnership.test, chair@st-partnership.test");
        message.setSubject(subject);
        message.setSentDate(sent);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hello");
        parts.addBodyPart(text);
        if (attachment != null) {
            MimeBodyPart file = new MimeBodyPart();
            file.setText("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "utf-8");
            file.setFileName(attachment);
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        message.saveChanges();
        message.setSentDate(sent);
        Transport.send(message);
    }
}
