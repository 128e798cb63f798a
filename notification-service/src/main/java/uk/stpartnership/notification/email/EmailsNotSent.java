package uk.stpartnership.notification.email;

/** The SMTP relay did not take some of a job's emails: the job fails and Zeebe retries it with backoff. */
public class EmailsNotSent extends RuntimeException {

    public EmailsNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
