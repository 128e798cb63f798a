package uk.stpartnership.notification.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends GenericRepository<OutboxEmail, Long> {

    /** Adds the row unless this job already has one for this recipient (an earlier delivery of the same job). */
    @Query("""
            INSERT INTO notification.outbox_email
                (job_key, process_instance_key, template, recipient_email, recipient_name, subject, body_text, body_html,
                 calendar_invite, status)
            VALUES (:jobKey, :processInstanceKey, :template, :recipientEmail, :recipientName, :subject, :bodyText, :bodyHtml,
                    :calendarInvite, 'PENDING')
            ON CONFLICT (job_key, recipient_email) DO NOTHING""")
    void insertIfMissing(long jobKey, long processInstanceKey, String template, String recipientEmail, String recipientName,
                         String subject, String bodyText, String bodyHtml, @Nullable String calendarInvite);

    List<OutboxEmail> findByJobKeyAndStatusNotEqualOrderById(long jobKey, OutboxStatus status);

    List<OutboxEmail> findByProcessInstanceKeyOrderById(long processInstanceKey);

    /** Holds the row until the transaction ends, so two deliveries of the same job never send it both. */
    @Query("SELECT * FROM notification.outbox_email WHERE id = :id FOR UPDATE")
    OutboxEmail lockById(long id);

    @Query("UPDATE notification.outbox_email SET status = 'SENT', attempts = attempts + 1, sent_at = now() WHERE id = :id")
    void markSent(long id);

    @Query("UPDATE notification.outbox_email SET status = :status, attempts = attempts + 1, last_error = :error WHERE id = :id")
    void recordFailure(long id, String status, String error);

    @Query("""
            UPDATE notification.outbox_email SET status = :status, attempts = attempts + 1, last_error = :error
            WHERE job_key = :jobKey AND status <> 'SENT'""")
    void recordFailureOfUnsent(long jobKey, String status, String error);

    Page<OutboxEmail> findByStatus(OutboxStatus status, Pageable pageable);
}
