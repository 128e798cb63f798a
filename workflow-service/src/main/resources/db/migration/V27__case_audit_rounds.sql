-- Case-audit rounds (docs/CASE-AUDITS.md): a round's plan, the people who audit and moderate it, and its cohort of
-- case references with the sample drawn from it. Cases are references only, never people.
CREATE TABLE audit_round (
    id                 uuid PRIMARY KEY,
    reference          text        NOT NULL UNIQUE,
    borough            text        NOT NULL,
    boroughs           text[]      NOT NULL,
    purpose            text        NOT NULL CHECK (purpose IN ('BASELINE', 'FOLLOW_UP', 'ROUTINE')),
    follows_round_id   uuid REFERENCES audit_round (id),
    cohort_description text        NOT NULL,
    sample_size        integer     NOT NULL,
    by_team            boolean     NOT NULL,
    tool_id            uuid        NOT NULL REFERENCES audit_tool (id),
    due_on             date        NOT NULL,
    follow_up_due_on   date,
    seed               bigint      NOT NULL,
    status             text        NOT NULL,
    planned_by         text        NOT NULL,
    planned_at         timestamptz NOT NULL,
    sampled_at         timestamptz
);
-- The rounds that take a borough's cases (a lead's list); the rounds that follow a baseline.
CREATE INDEX audit_round_boroughs ON audit_round USING gin (boroughs);
CREATE INDEX audit_round_follows ON audit_round (follows_round_id) WHERE follows_round_id IS NOT NULL;

CREATE TABLE audit_round_member (
    round_id  uuid NOT NULL REFERENCES audit_round (id),
    part      text NOT NULL CHECK (part IN ('AUDITOR', 'MODERATOR')),
    person_id text NOT NULL,
    position  integer NOT NULL,
    PRIMARY KEY (round_id, part, person_id)
);
-- The rounds a person audits or moderates.
CREATE INDEX audit_round_member_person ON audit_round_member (person_id, round_id);

CREATE TABLE audit_case (
    round_id        uuid    NOT NULL REFERENCES audit_round (id),
    case_reference  text    NOT NULL,
    team            text,
    worker_training text CHECK (worker_training IN ('CHAMPION', 'ST_TRAINED', 'NOT_TRAINED')),
    closed_on       date,
    sampled         boolean NOT NULL,
    auditor         text,
    moderator       text,
    PRIMARY KEY (round_id, case_reference)
);
-- An auditor's cases, and a moderator's.
CREATE INDEX audit_case_auditor ON audit_case (auditor, round_id, case_reference) WHERE auditor IS NOT NULL;
CREATE INDEX audit_case_moderator ON audit_case (moderator, round_id, case_reference) WHERE moderator IS NOT NULL;
