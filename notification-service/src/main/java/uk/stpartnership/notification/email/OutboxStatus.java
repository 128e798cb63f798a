package uk.stpartnership.notification.email;

/** PENDING: not sent yet (perhaps tried); SENT: the relay took it; FAILED: the job's last retry could not send it. */
public enum OutboxStatus {
    PENDING, SENT, FAILED
}
