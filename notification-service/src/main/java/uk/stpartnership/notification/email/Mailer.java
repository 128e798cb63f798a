package uk.stpartnership.notification.email;

import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends outbox emails through the SMTP relay with Jakarta Mail, as text and HTML alternatives
 * (multipart/alternative), or, with a calendar invitation, as multipart/mixed of those alternatives and invite.ics.
 */
@Singleton
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final String INVITE_FILE_NAME = "invite.ics";
    private static final String INVITE_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    private final MailSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    public Mailer(MailSettings settings) throws AddressException {
        this.settings = settings;
        this.from = new InternetAddress(settings.from(), true);
        this.messageIdDomain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(!settings.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        // With STARTTLS asked for, never fall back to sending in the clear.
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        this.session = Session.getInstance(properties);
    }

    /** One connection to the relay for all the emails of a job. */
    public Connection connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(settings.host(), settings.port(), blankToNull(settings.username()), blankToNull(settings.password()));
        return new Connection(transport);
    }

    public final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        public void send(OutboxEmail email) throws MessagingException {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // The same outbox row always carries the same Message-ID, so a receiving system can recognise the
                    // duplicate that a crash between sending and recording the send would cause.
                    setHeader("Message-ID", "<outbox-" + email.id() + "@" + messageIdDomain + ">");
                }
            };
            message.setFrom(from);
            try {
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.recipientEmail(), email.recipientName(), "UTF-8"));
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.bodyText(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.bodyHtml(), StandardCharsets.UTF_8.name(), "html");
            // Mail programs show the last alternative they can display: HTML, or else the text.
            MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
            if (email.calendarInvite() == null) {
                message.setContent(alternatives);
            } else {
                // An attachment goes beside the alternatives, not among them: multipart/mixed holds both.
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternatives);
                message.setContent(new MimeMultipart("mixed", body, invite(email.calendarInvite())));
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The emails were handed over already; a relay that drops the QUIT loses nothing.
                LOG.debug("Closing the SMTP connection failed", e);
            }
        }
    }

    /** The iCalendar text as invite.ics; method=REQUEST makes calendar programs offer to accept the invitation. */
    private static MimeBodyPart invite(String icalendar) throws MessagingException {
        MimeBodyPart invite = new MimeBodyPart();
        // Bytes with a declared charset: Jakarta Mail has no handler that writes a String as text/calendar.
        invite.setDataHandler(new DataHandler(new ByteArrayDataSource(icalendar.getBytes(StandardCharsets.UTF_8), INVITE_CONTENT_TYPE)));
        invite.setDisposition(Part.ATTACHMENT);
        invite.setFileName(INVITE_FILE_NAME);
        return invite;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
