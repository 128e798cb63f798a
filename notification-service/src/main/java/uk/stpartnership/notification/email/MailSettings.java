package uk.stpartnership.notification.email;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The SMTP relay and the sender address (SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_STARTTLS, MAIL_FROM). */
@Singleton
public record MailSettings(
        @Value("${mail.smtp.host}") String host,
        @Value("${mail.smtp.port}") int port,
        @Value("${mail.smtp.username:}") String username,
        @Value("${mail.smtp.password:}") String password,
        @Value("${mail.smtp.starttls:false}") boolean starttls,
        @Value("${mail.smtp.timeout:10s}") Duration timeout,
        @Value("${mail.from}") String from) {
}
