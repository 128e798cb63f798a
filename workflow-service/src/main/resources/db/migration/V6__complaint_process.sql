-- The complaint on its statutory stages (docs/COMPLAINTS.md): who to write to, the deadline now running, when the
-- complainant asked for each stage, and what the process has recorded.
ALTER TABLE complaint
    ADD COLUMN complainant_email    text,
    ADD COLUMN worker_manager_name  text,
    ADD COLUMN worker_manager_email text,
    ADD COLUMN deadline_at          timestamptz,
    ADD COLUMN deadline_period      text,
    ADD COLUMN stage2_requested_on  date,
    ADD COLUMN stage3_requested_on  date,
    ADD COLUMN closed_at            timestamptz;

-- The perpetrator-proofing review: the nine checks, each with its answer and note, the conclusion and the safeguards.
CREATE TABLE complaint_review (
    complaint_id uuid PRIMARY KEY REFERENCES complaint (id),
    checks       jsonb       NOT NULL,
    conclusion   text        NOT NULL CHECK (conclusion IN ('YES', 'NO', 'UNCLEAR')),
    safeguards   text,
    reviewed_by  text        NOT NULL,
    reviewed_at  timestamptz NOT NULL
);

-- Statutory deadlines that passed with the task still open: the SLA view. One row per deadline timer (its job).
CREATE TABLE complaint_missed_deadline (
    id           bigserial PRIMARY KEY,
    job_key      bigint      NOT NULL UNIQUE,
    complaint_id uuid        NOT NULL REFERENCES complaint (id),
    borough      text        NOT NULL,
    task         text        NOT NULL,
    deadline_at  timestamptz NOT NULL,
    missed_at    timestamptz NOT NULL
);
-- The borough's missed deadlines, newest first.
CREATE INDEX complaint_missed_deadline_borough ON complaint_missed_deadline (borough, missed_at DESC, id);
CREATE INDEX complaint_missed_deadline_complaint ON complaint_missed_deadline (complaint_id);
-- Complaints assigned to a person, who sees them as the complaints team does.
CREATE INDEX complaint_reviewer ON complaint (reviewer_id) WHERE reviewer_id IS NOT NULL;
CREATE INDEX complaint_investigator ON complaint (investigator_id) WHERE investigator_id IS NOT NULL;
CREATE INDEX complaint_manager ON complaint (manager_id) WHERE manager_id IS NOT NULL;
