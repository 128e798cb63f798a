-- Accredited trainers (docs/TRAINING.md): a trainer's accreditation lapses two years after it was given or last
-- renewed, and it is kept only while the trainer delivers at least one cohort a year.
CREATE TABLE trainer_accreditation (
    trainer_id        text PRIMARY KEY,
    accredited_on     date        NOT NULL,
    last_delivered_on date,
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL
);

-- Every cohort a trainer delivered, once each (a re-delivered event changes nothing).
CREATE TABLE trainer_delivery (
    trainer_id   text NOT NULL,
    cohort_id    uuid NOT NULL,
    delivered_on date NOT NULL,
    PRIMARY KEY (trainer_id, cohort_id)
);
