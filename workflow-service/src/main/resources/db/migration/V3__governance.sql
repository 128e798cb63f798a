-- Governance cycles (docs/GOVERNANCE.md): meeting series, meetings, agenda items, minutes, the decision log
-- and actions with their history.

-- A series and its cadence. A change applies from the next meeting planned: each meeting keeps its own copy
-- of what it needs (title, times, location, chair, quorum).
CREATE TABLE meeting_series (
    id                            uuid PRIMARY KEY,
    title                         text        NOT NULL,
    meeting_group                 text        NOT NULL CHECK (meeting_group IN ('OPERATIONAL', 'STEERING', 'PERFORMANCE', 'OTHER')),
    cadence_kind                  text        NOT NULL CHECK (cadence_kind IN ('WEEKLY', 'MONTHLY')),
    every_weeks                   int CHECK (every_weeks BETWEEN 1 AND 52),
    week_of_month                 int CHECK (week_of_month BETWEEN 1 AND 4 OR week_of_month = -1),
    weekday                       text        NOT NULL,
    start_time                    time        NOT NULL,
    duration_minutes              int         NOT NULL CHECK (duration_minutes > 0),
    location                      text        NOT NULL,
    chair                         text        NOT NULL,
    organisation                  text        NOT NULL,
    agenda_call_working_days      int         NOT NULL CHECK (agenda_call_working_days >= 0),
    papers_working_days           int         NOT NULL CHECK (papers_working_days >= 0),
    minutes_approval_working_days int         NOT NULL CHECK (minutes_approval_working_days >= 0),
    quorum                        int         NOT NULL CHECK (quorum > 0),
    -- Also the anchor of a WEEKLY cadence: meetings fall every N weeks counted from this one's week.
    first_meeting_on              date        NOT NULL,
    status                        text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_by                    text        NOT NULL,
    created_at                    timestamptz NOT NULL,
    process_instance_key          bigint,
    CHECK ((cadence_kind = 'WEEKLY' AND every_weeks IS NOT NULL AND week_of_month IS NULL)
        OR (cadence_kind = 'MONTHLY' AND week_of_month IS NOT NULL AND every_weeks IS NULL))
);
CREATE INDEX meeting_series_title ON meeting_series (title, id);

-- Who a series' meetings are for: a person, or everyone holding a role in an organisation (as email recipients).
CREATE TABLE meeting_series_member (
    series_id    uuid NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    position     int  NOT NULL,
    person_id    text,
    role         text,
    organisation text,
    PRIMARY KEY (series_id, position),
    CHECK ((person_id IS NOT NULL AND role IS NULL AND organisation IS NULL)
        OR (person_id IS NULL AND role IS NOT NULL AND organisation IS NOT NULL))
);
-- "Series I am a member of": by person, or by a role in my organisation.
CREATE INDEX meeting_series_member_person ON meeting_series_member (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX meeting_series_member_role ON meeting_series_member (organisation, role) WHERE role IS NOT NULL;

-- One meeting per series and date, so a re-delivered planning job finds the meeting it made.
CREATE TABLE meeting (
    id                      uuid PRIMARY KEY,
    series_id               uuid        NOT NULL REFERENCES meeting_series (id),
    meeting_date            date        NOT NULL,
    title                   text        NOT NULL,
    scheduled_at            timestamptz NOT NULL,
    ends_at                 timestamptz NOT NULL,
    agenda_call_at          timestamptz NOT NULL,
    agenda_closes_at        timestamptz NOT NULL,
    minutes_approval_due_at timestamptz NOT NULL,
    location                text        NOT NULL,
    chair                   text        NOT NULL,
    organisation            text        NOT NULL,
    quorum                  int         NOT NULL,
    status                  text        NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    planned_at              timestamptz NOT NULL,
    -- When the agenda pack went out: the agenda is closed from then on (and its DTSTAMP).
    agenda_pack_at          timestamptz,
    cancelled_at            timestamptz,
    minutes_recorded_at     timestamptz,
    minutes_recorded_by     text,
    quorum_met              boolean,
    minutes_approved_at     timestamptz,
    minutes_approved_by     text,
    minutes_approval_note   text,
    UNIQUE (series_id, meeting_date)
);
-- A series' upcoming meetings; the next steering meeting whose agenda is open; minutes not approved yet.
CREATE INDEX meeting_series_scheduled ON meeting (series_id, scheduled_at);
CREATE INDEX meeting_open_agenda ON meeting (scheduled_at) WHERE status = 'PLANNED' AND agenda_pack_at IS NULL;
CREATE INDEX meeting_minutes_not_approved ON meeting (scheduled_at) WHERE status <> 'CANCELLED' AND minutes_approved_at IS NULL;

CREATE TABLE meeting_attendee (
    meeting_id uuid NOT NULL REFERENCES meeting (id),
    person_id  text NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

-- The decision log. search is what q matches (wording and rationale).
CREATE TABLE decision (
    id            uuid PRIMARY KEY,
    meeting_id    uuid        NOT NULL REFERENCES meeting (id),
    series_id     uuid        NOT NULL REFERENCES meeting_series (id),
    meeting_group text        NOT NULL,
    organisation  text        NOT NULL,
    decided_on    date        NOT NULL,
    wording       text        NOT NULL,
    rationale     text,
    status        text        NOT NULL CHECK (status IN ('OPEN', 'IMPLEMENTED', 'SUPERSEDED')),
    supersedes    uuid REFERENCES decision (id),
    superseded_by uuid REFERENCES decision (id),
    implemented_at timestamptz,
    recorded_at   timestamptz NOT NULL,
    search        tsvector GENERATED ALWAYS AS (to_tsvector('english', wording || ' ' || coalesce(rationale, ''))) STORED
);
CREATE INDEX decision_search ON decision USING gin (search);
CREATE INDEX decision_date ON decision (decided_on DESC, id);
CREATE INDEX decision_group_date ON decision (meeting_group, decided_on DESC, id);
CREATE INDEX decision_status_date ON decision (status, decided_on DESC, id);
CREATE INDEX decision_series ON decision (series_id, decided_on DESC);
CREATE INDEX decision_meeting ON decision (meeting_id);

-- Every action has one owner, one borough and a due date.
CREATE TABLE governance_action (
    id          uuid PRIMARY KEY,
    meeting_id  uuid        NOT NULL REFERENCES meeting (id),
    series_id   uuid        NOT NULL REFERENCES meeting_series (id),
    decision_id uuid REFERENCES decision (id),
    title       text        NOT NULL,
    owner       text        NOT NULL,
    borough     text        NOT NULL,
    due_date    date        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    escalated   boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    done_at     timestamptz,
    done_by     text,
    done_note   text
);
CREATE INDEX governance_action_borough ON governance_action (borough, status, due_date, id);
CREATE INDEX governance_action_owner ON governance_action (owner, status, due_date, id);
CREATE INDEX governance_action_status ON governance_action (status, due_date, id);
CREATE INDEX governance_action_decision ON governance_action (decision_id) WHERE decision_id IS NOT NULL;
CREATE INDEX governance_action_series_open ON governance_action (series_id, due_date) WHERE status = 'OPEN';
-- Escalated actions still waiting for a steering meeting to be planned.
CREATE INDEX governance_action_escalated_open ON governance_action (created_at) WHERE escalated AND status = 'OPEN';

CREATE TABLE action_history (
    id           bigserial PRIMARY KEY,
    action_id    uuid        NOT NULL REFERENCES governance_action (id),
    at           timestamptz NOT NULL,
    event        text        NOT NULL CHECK (event IN ('CREATED', 'DONE', 'ESCALATED', 'DUE_DATE_CHANGED')),
    by_person    text        NOT NULL,
    note         text,
    old_due_date date,
    new_due_date date,
    CHECK (event <> 'DUE_DATE_CHANGED' OR (old_due_date IS NOT NULL AND new_due_date IS NOT NULL AND note IS NOT NULL))
);
CREATE INDEX action_history_action ON action_history (action_id, at, id);

CREATE TABLE agenda_item (
    id         uuid PRIMARY KEY,
    meeting_id uuid        NOT NULL REFERENCES meeting (id),
    position   int         NOT NULL,
    title      text        NOT NULL,
    purpose    text        NOT NULL CHECK (purpose IN ('INFORMATION', 'DISCUSSION', 'DECISION')),
    papers     text[]      NOT NULL DEFAULT '{}',
    owner      text,
    added_by   text        NOT NULL,
    added_at   timestamptz NOT NULL,
    -- An overdue action escalated to a steering meeting; at most once per meeting.
    action_id  uuid REFERENCES governance_action (id),
    UNIQUE (meeting_id, position)
);
CREATE UNIQUE INDEX agenda_item_action ON agenda_item (meeting_id, action_id) WHERE action_id IS NOT NULL;
CREATE INDEX agenda_item_of_action ON agenda_item (action_id) WHERE action_id IS NOT NULL;

-- The minutes: one typed outcome per line, in order.
CREATE TABLE meeting_outcome (
    id             uuid PRIMARY KEY,
    meeting_id     uuid NOT NULL REFERENCES meeting (id),
    position       int  NOT NULL,
    agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
    kind           text NOT NULL CHECK (kind IN ('INFORMATION', 'DECISION', 'ACTION')),
    wording        text NOT NULL,
    rationale      text,
    decision_id    uuid REFERENCES decision (id),
    UNIQUE (meeting_id, position)
);

-- Added here because actions, agenda items and outcomes refer to each other in a circle.
ALTER TABLE governance_action ADD COLUMN outcome_id uuid NOT NULL REFERENCES meeting_outcome (id);
CREATE INDEX governance_action_outcome ON governance_action (outcome_id);

-- cancel-meeting closes a meeting's open inbox tasks by their process instance.
CREATE INDEX inbox_task_process_instance ON inbox_task (process_instance_key) WHERE status = 'OPEN';
