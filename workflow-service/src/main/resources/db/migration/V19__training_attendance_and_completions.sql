-- Attendance per cohort day and trainee, recorded once a day is held (recorded again: the last answer counts).
CREATE TABLE training_attendance (
    id            uuid PRIMARY KEY,
    cohort_day_id uuid        NOT NULL REFERENCES training_cohort_day (id),
    person_id     text        NOT NULL,
    attended      boolean     NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    UNIQUE (cohort_day_id, person_id)
);

-- A course a person completed: every day of a cohort attended, or an e-learning course's completion recorded. Once
-- per person and course. borough (the trainee's) and completed_on answer "attendance by borough, course and
-- programme year (1 August to 31 July)".
CREATE TABLE training_completion (
    id           uuid PRIMARY KEY,
    person_id    text        NOT NULL,
    course       text        NOT NULL,
    borough      text        NOT NULL,
    completed_on date        NOT NULL,
    cohort_id    uuid REFERENCES training_cohort (id),
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    UNIQUE (person_id, course)
);
CREATE INDEX training_completion_borough_course ON training_completion (borough, course, completed_on);
