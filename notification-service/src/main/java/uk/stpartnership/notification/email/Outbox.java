package uk.stpartnership.notification.email;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;

/**
 * Exactly-once effect for send-email jobs. Zeebe delivers a job at least once; the outbox remembers, per job
 * key and recipient, what was sent. Each delivery adds the rows it lacks, sends only the rows not yet SENT and
 * marks each row SENT as soon as the relay has taken it, so a delivery of the same job again sends nothing twice.
 */
@Singleton
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final OutboxRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final Mailer mailer;

    public Outbox(OutboxRepository repository, TransactionOperations<Connection> transactions, Mailer mailer) {
        this.repository = repository;
        this.transactions = transactions;
        this.mailer = mailer;
    }

    /** Records the job's emails, all or none, keeping the rows an earlier delivery made (and their status). */
    public void addMissing(List<OutboxEmail> emails) {
        transactions.executeWrite(status -> {
            emails.forEach(email -> repository.insertIfMissing(email.jobKey(), email.processInstanceKey(), email.template(),
                    email.recipientEmail(), email.recipientName(), email.subject(), email.bodyText(), email.bodyHtml(),
                    email.calendarInvite()));
            return null;
        });
    }

    /**
     * Sends the job's emails that are not yet SENT. Throws {@link EmailsNotSent} when any could not be sent, so
     * that the job is retried; on the job's last try ({@code lastTry}) the unsent rows become FAILED for operators.
     */
    public void sendUnsent(long jobKey, boolean lastTry) {
        List<OutboxEmail> unsent = repository.findByJobKeyAndStatusNotEqualOrderById(jobKey, OutboxStatus.SENT);
        if (unsent.isEmpty()) {
            LOG.info("Every email of this job was sent on an earlier delivery");
            return;
        }
        OutboxStatus afterFailure = lastTry ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        Mailer.Connection smtp;
        try {
            smtp = mailer.connect();
        } catch (MessagingException e) {
            String error = describe(e);
            repository.recordFailureOfUnsent(jobKey, afterFailure.name(), error);
            logFailure(unsent.size(), lastTry, error);
            throw new EmailsNotSent("Could not connect to the SMTP relay: " + error, e);
        }
        int failures = 0;
        MessagingException lastFailure = null;
        try (smtp) {
            for (OutboxEmail email : unsent) {
                MessagingException failure = transactions.executeWrite(status -> sendOne(email.id(), smtp, afterFailure));
                if (failure != null) {
                    failures++;
                    lastFailure = failure;
                }
            }
        }
        if (lastFailure != null) {
            logFailure(failures, lastTry, describe(lastFailure));
            throw new EmailsNotSent(failures + " of " + unsent.size() + " emails were not sent: " + describe(lastFailure), lastFailure);
        }
    }

    /** Runs in a transaction that holds the row's lock while it is sent; answers the failure, if any. */
    private MessagingException sendOne(long id, Mailer.Connection smtp, OutboxStatus afterFailure) {
        OutboxEmail email = repository.lockById(id);
        if (email.status() == OutboxStatus.SENT) {
            return null; // a concurrent delivery of the same job sent it while this one waited for the lock
        }
        try {
            smtp.send(email);
        } catch (MessagingException e) {
            repository.recordFailure(id, afterFailure.name(), describe(e));
            return e;
        }
        repository.markSent(id);
        // The row id, not the address: logs should not collect people's details.
        LOG.info("Email {} sent ({})", id, email.template());
        return null;
    }

    private static void logFailure(int count, boolean lastTry, String error) {
        if (lastTry) {
            LOG.error("{} email(s) could not be sent and the job has no retries left: marked FAILED "
                    + "(GET /internal/outbox?status=FAILED lists them): {}", count, error);
        } else {
            LOG.warn("{} email(s) could not be sent; the job will be retried: {}", count, error);
        }
    }

    /** One line for the row and the incident: Jakarta Mail's messages span lines. */
    private static String describe(Exception e) {
        String description = e.toString().replaceAll("\\s+", " ");
        return description.length() > MAX_ERROR_LENGTH ? description.substring(0, MAX_ERROR_LENGTH) : description;
    }
}
