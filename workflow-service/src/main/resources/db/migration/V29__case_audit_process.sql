-- The case-audit round's process (docs/CASE-AUDITS.md, "The round's process"). Where a moderated case's auditor and
-- moderator scored a criterion differently, one disagreement, which the process holds by its id alone; an implementation
-- lead resolves it with the agreed score (audit_score RESOLUTION) and the disagreement is marked resolved. The round's
-- findings are signed off once every disagreement is resolved, then put on the agenda of the next operational group
-- meeting: meeting_id stays empty while the findings wait for one to be planned.
CREATE TABLE audit_disagreement (
    id               uuid        PRIMARY KEY,
    round_id         uuid        NOT NULL REFERENCES audit_round (id),
    audit_case_id    uuid        NOT NULL REFERENCES audit_case (id),
    criterion_id     uuid        NOT NULL REFERENCES audit_criterion (id),
    audit_score      text        NOT NULL,
    moderation_score text        NOT NULL,
    found_at         timestamptz NOT NULL,
    resolved_by      text,
    resolved_at      timestamptz,
    UNIQUE (audit_case_id, criterion_id)
);
-- A round's disagreements (the agreement job's answer; the open ones stop the sign-off).
CREATE INDEX audit_disagreement_round ON audit_disagreement (round_id, audit_case_id, criterion_id);

CREATE TABLE audit_sign_off (
    round_id      uuid        PRIMARY KEY REFERENCES audit_round (id),
    signed_off_by text        NOT NULL,
    signed_off_at timestamptz NOT NULL,
    note          text,
    meeting_id    uuid,
    on_agenda_at  timestamptz
);
-- Findings waiting for the next operational group meeting to be planned.
CREATE INDEX audit_sign_off_awaiting_agenda ON audit_sign_off (signed_off_at) WHERE meeting_id IS NULL;
