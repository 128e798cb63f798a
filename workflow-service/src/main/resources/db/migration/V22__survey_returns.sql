-- WHO returned a training survey, kept apart from WHAT they answered (survey_answer): no answer, no time. One return
-- per person, cohort and phase: the primary key refuses a second.
CREATE TABLE survey_return (
    cohort_id uuid NOT NULL REFERENCES training_cohort (id),
    person_id text NOT NULL,
    phase     text NOT NULL CHECK (phase IN ('PRE', 'POST')),
    PRIMARY KEY (cohort_id, person_id, phase)
);
CREATE INDEX survey_return_person ON survey_return (person_id);
