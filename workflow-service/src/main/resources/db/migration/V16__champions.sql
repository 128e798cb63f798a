-- Champions (docs/CHAMPIONS.md): a borough's team register, nominations with their declines, champions from the
-- manager's agreement to their end, check-ins and succession. Reports read these: champions per borough and team,
-- active after 6 and 12 months (active_from, ended_on), consultations per champion per quarter (consultation.held_by).

-- The teams a borough's implementation lead keeps, so that coverage can flag teams with no active champion.
CREATE TABLE champion_team (
    id       uuid PRIMARY KEY,
    borough  text        NOT NULL,
    name     text        NOT NULL,
    added_by text        NOT NULL,
    added_at timestamptz NOT NULL,
    UNIQUE (borough, name)
);

CREATE TABLE champion_nomination (
    id                uuid PRIMARY KEY,
    borough           text        NOT NULL,
    candidate         text        NOT NULL,
    team_id           uuid        NOT NULL REFERENCES champion_team (id),
    practitioner_role text        NOT NULL,
    years_in_borough  integer     NOT NULL,
    line_manager      text        NOT NULL,
    route             text        NOT NULL,
    status            text        NOT NULL,
    put_forward_by    text        NOT NULL,
    put_forward_at    timestamptz NOT NULL
);
-- The borough's nominations, newest first.
CREATE INDEX champion_nomination_borough ON champion_nomination (borough, put_forward_at DESC, id);
CREATE INDEX champion_nomination_candidate ON champion_nomination (candidate);

-- A nomination ends at its first decline: one per nomination, a re-delivered completion keeps the first.
CREATE TABLE champion_nomination_decline (
    nomination_id uuid PRIMARY KEY REFERENCES champion_nomination (id),
    declined_as   text        NOT NULL,
    declined_by   text        NOT NULL,
    reason        text        NOT NULL,
    declined_at   timestamptz NOT NULL
);

CREATE TABLE champion (
    id                     uuid PRIMARY KEY,
    nomination_id          uuid        NOT NULL UNIQUE REFERENCES champion_nomination (id),
    person                 text        NOT NULL,
    borough                text        NOT NULL,
    team_id                uuid        NOT NULL REFERENCES champion_team (id),
    line_manager           text        NOT NULL,
    status                 text        NOT NULL,
    started_at             timestamptz NOT NULL,
    trained_at             timestamptz,
    signed_by_champion_at  timestamptz,
    signed_by_manager      text,
    signed_by_manager_at   timestamptz,
    active_from            date,
    leaving_on             date,
    ended_on               date,
    end_reason             text,
    end_recorded_by        text
);
-- The borough's champions by team (lists, coverage), and a person's champion records.
CREATE INDEX champion_borough_team ON champion (borough, team_id, status);
CREATE INDEX champion_person ON champion (person);

-- One per completed check-in task.
CREATE TABLE champion_check_in (
    task_key      bigint PRIMARY KEY,
    champion_id   uuid        NOT NULL REFERENCES champion (id),
    checked_in_by text        NOT NULL,
    checked_in_at timestamptz NOT NULL,
    note          text        NOT NULL
);
CREATE INDEX champion_check_in_champion ON champion_check_in (champion_id, checked_in_at DESC);

-- Finding a replacement for the team of a champion whose agreement ended: one per champion.
CREATE TABLE champion_succession (
    champion_id uuid PRIMARY KEY REFERENCES champion (id),
    borough     text        NOT NULL,
    team_id     uuid        NOT NULL REFERENCES champion_team (id),
    due_on      date        NOT NULL,
    due_at      timestamptz NOT NULL,
    started_at  timestamptz NOT NULL,
    done_by     text,
    done_at     timestamptz,
    outcome     text
);
CREATE INDEX champion_succession_open ON champion_succession (borough, due_on) WHERE done_at IS NULL;

-- Consultations a champion held, per quarter (the consultations feature counts them for the champion's page).
CREATE INDEX consultation_held_by ON consultation (held_by, held_on);
