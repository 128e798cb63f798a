-- The task inbox: one row per user-task job, keyed by the job key so a re-delivered job adds nothing.
CREATE TABLE inbox_task (
    job_key              bigint PRIMARY KEY,
    process_instance_key bigint      NOT NULL,
    bpmn_process_id      text        NOT NULL,
    element_id           text        NOT NULL,
    task_kind            text        NOT NULL,
    title                text        NOT NULL,
    business_reference   text,
    borough              text        NOT NULL,
    candidate_role       text,
    assignee             text,
    due_at               timestamptz,
    created_at           timestamptz NOT NULL,
    status               text        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'CLOSED')),
    completed_by         text,
    completed_at         timestamptz,
    context              jsonb       NOT NULL DEFAULT '{}'
);
-- "Open tasks of my roles in my borough" and "open tasks assigned to me", both by due date.
CREATE INDEX inbox_task_candidates ON inbox_task (borough, candidate_role, due_at, job_key) WHERE status = 'OPEN' AND assignee IS NULL;
CREATE INDEX inbox_task_assignee ON inbox_task (assignee, due_at, job_key) WHERE status = 'OPEN';

CREATE TABLE consultation_request (
    id                   uuid PRIMARY KEY,
    borough              text        NOT NULL,
    case_reference       text        NOT NULL,
    practitioner_role    text        NOT NULL,
    help_wanted          text        NOT NULL,
    requested_by         text        NOT NULL,
    requested_at         timestamptz NOT NULL,
    process_instance_key bigint
);

-- One row per consultation held; the key is the request, so recording it twice keeps one.
CREATE TABLE consultation (
    request_id       uuid PRIMARY KEY REFERENCES consultation_request (id),
    borough          text        NOT NULL,
    held_on          date        NOT NULL,
    themes           text[]      NOT NULL,
    follow_up_needed boolean     NOT NULL,
    follow_up        text,
    notes            text,
    held_by          text        NOT NULL,
    recorded_at      timestamptz NOT NULL
);
CREATE INDEX consultation_month_borough ON consultation (held_on, borough);
