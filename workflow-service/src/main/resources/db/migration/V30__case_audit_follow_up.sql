-- The follow-up a baseline round promises (docs/CASE-AUDITS.md, "The follow-up commitment"): PROMISED when the
-- baseline is planned with a follow-up due date, STARTED when a FOLLOW_UP round of it is planned, MISSED once the
-- day has passed without one (until it starts or is cancelled), CANCELLED by a decision of the decision log.
CREATE TABLE audit_follow_up (
    round_id              uuid PRIMARY KEY REFERENCES audit_round (id),
    due_on                date        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('PROMISED', 'STARTED', 'MISSED', 'CANCELLED')),
    started_as            uuid REFERENCES audit_round (id),
    missed_since          date,
    cancelled_by_decision uuid REFERENCES decision (id),
    cancelled_by          text,
    cancelled_at          timestamptz,
    -- The steering meeting whose agenda it went on last, for the email to the steering group.
    on_agenda_of          text,
    CHECK ((status = 'STARTED') = (started_as IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_by_decision IS NOT NULL))
);

-- Each steering meeting whose agenda a missed follow-up was put on: once per meeting, whatever the redeliveries.
CREATE TABLE audit_follow_up_agenda (
    round_id   uuid NOT NULL REFERENCES audit_follow_up (round_id),
    meeting_id uuid NOT NULL REFERENCES meeting (id),
    PRIMARY KEY (round_id, meeting_id)
);
