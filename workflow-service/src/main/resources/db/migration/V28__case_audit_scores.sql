-- Case-audit scoring (docs/CASE-AUDITS.md). A sampled case gets an id of its own, which is all the round's process
-- and the inbox hold of it: the case reference stays in this service. Each case is scored against each criterion
-- of the round's tool version by its auditor (AUDIT), re-scored blind by its moderator when moderated (MODERATION),
-- and a disagreement between the two is settled by a resolution (RESOLUTION). A case's score on a criterion is the
-- resolution's when there is one, else the auditor's.
ALTER TABLE audit_case ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE audit_case ADD CONSTRAINT audit_case_id UNIQUE (id);

CREATE TABLE audit_score (
    round_id      uuid        NOT NULL REFERENCES audit_round (id),
    audit_case_id uuid        NOT NULL REFERENCES audit_case (id),
    scored_as     text        NOT NULL CHECK (scored_as IN ('AUDIT', 'MODERATION', 'RESOLUTION')),
    criterion_id  uuid        NOT NULL REFERENCES audit_criterion (id),
    score         text        NOT NULL CHECK (score IN ('NOT_MET', 'PARTIALLY_MET', 'MET')),
    evidence_note text        NOT NULL,
    scored_by     text        NOT NULL,
    scored_at     timestamptz NOT NULL,
    PRIMARY KEY (audit_case_id, scored_as, criterion_id)
);
-- A round's scores criterion by criterion (findings, agreement).
CREATE INDEX audit_score_round ON audit_score (round_id, criterion_id, scored_as);
