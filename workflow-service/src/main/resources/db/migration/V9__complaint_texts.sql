-- What people write on a complaint's tasks stays here, never in the engine (docs/COMPLAINTS.md): the process carries
-- a draft's id and whether its screening blocked it, not its text or what it named.

-- Each draft response, as its task gave it (the draft's id is derived from the task's key, so a re-delivered
-- completion writes once), and its disclosure screening: when, and what protected details it named.
CREATE TABLE complaint_draft (
    id           uuid PRIMARY KEY,
    complaint_id uuid        NOT NULL REFERENCES complaint (id),
    task_key     bigint      NOT NULL UNIQUE,
    text         text        NOT NULL,
    written_by   text        NOT NULL,
    written_at   timestamptz NOT NULL,
    screened_at  timestamptz,
    matches      text[]
);
CREATE INDEX complaint_draft_complaint ON complaint_draft (complaint_id, written_at);

-- Every other text a complaint's task gave (extension reasons, notes, the panel's report, support agreed ...), by
-- the task and the form's field name.
CREATE TABLE complaint_task_text (
    task_key     bigint      NOT NULL,
    name         text        NOT NULL,
    complaint_id uuid        NOT NULL REFERENCES complaint (id),
    text         text        NOT NULL,
    written_by   text        NOT NULL,
    written_at   timestamptz NOT NULL,
    PRIMARY KEY (task_key, name)
);
CREATE INDEX complaint_task_text_complaint ON complaint_task_text (complaint_id, name, written_at);
