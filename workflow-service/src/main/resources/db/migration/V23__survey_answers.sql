-- WHAT a training survey answered, with no person id and no time, so that an answer cannot be linked back to whoever
-- returned it (survey_return). borough is the trainee's; programme_year the year (from 1 August) of the cohort's first
-- day, 2026 for 2026/27. The demographics are optional special-category data: reported only as suppressed counts.
CREATE TABLE survey_answer (
    id             uuid PRIMARY KEY,
    cohort_id      uuid     NOT NULL REFERENCES training_cohort (id),
    course         text     NOT NULL,
    borough        text     NOT NULL,
    programme_year smallint NOT NULL,
    phase          text     NOT NULL CHECK (phase IN ('PRE', 'POST')),
    confidence     smallint NOT NULL CHECK (confidence BETWEEN 1 AND 7),
    knowledge      smallint NOT NULL CHECK (knowledge BETWEEN 1 AND 7),
    age_band       text,
    gender         text,
    ethnicity      text,
    disability     text,
    sexuality      text,
    trans          text
);
CREATE INDEX survey_answer_report ON survey_answer (programme_year, borough, course, phase);
