package uk.stpartnership.notification.email;

import uk.stpartnership.jobworker.UnrecoverableJobFailure;

/**
 * A send-email job that cannot succeed however often it is retried: an unknown template, a variable the
 * template needs but the job lacks, an 'attachment' header whose variable holds no iCalendar text, malformed
 * recipients (an email address that is not one among them), or recipients the people directory cannot name.
 * It is a fault in the process model or the directory: the job fails with no retries, so the incident is raised at once.
 */
public class EmailJobDefect extends UnrecoverableJobFailure {

    public EmailJobDefect(String message) {
        super(message);
    }

    public EmailJobDefect(String message, Throwable cause) {
        super(message, cause);
    }
}
