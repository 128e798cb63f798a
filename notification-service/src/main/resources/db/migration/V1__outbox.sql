-- One row per email a send-email job owes: the job key and the recipient identify it, so a job that Zeebe
-- delivers again finds the rows it already made and sends only what is not yet SENT.
CREATE TABLE notification.outbox_email (
    id                   BIGSERIAL PRIMARY KEY,
    job_key              BIGINT      NOT NULL,
    process_instance_key BIGINT      NOT NULL,
    template             TEXT        NOT NULL,
    recipient_email      TEXT        NOT NULL,
    recipient_name       TEXT        NOT NULL,
    subject              TEXT        NOT NULL,
    body_text            TEXT        NOT NULL,
    body_html            TEXT        NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts             INTEGER     NOT NULL DEFAULT 0,
    last_error           TEXT,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at              TIMESTAMPTZ,
    CONSTRAINT outbox_email_job_recipient UNIQUE (job_key, recipient_email)
);

-- The operators' list: emails of one status, newest first.
CREATE INDEX outbox_email_status_newest ON notification.outbox_email (status, created_at DESC, id DESC);
