package uk.stpartnership.notification.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An email a send-email job owes one recipient; (jobKey, recipientEmail) identifies it across deliveries of the job.
 * {@code calendarInvite} is the iCalendar text sent with it as invite.ics, if the job attaches one.
 */
@MappedEntity(value = "outbox_email", schema = "notification")
public record OutboxEmail(
        @Id @GeneratedValue @Nullable Long id,
        long jobKey,
        long processInstanceKey,
        String template,
        String recipientEmail,
        String recipientName,
        String subject,
        String bodyText,
        String bodyHtml,
        @Nullable String calendarInvite,
        OutboxStatus status,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant createdAt,
        @Nullable Instant sentAt) {
}
