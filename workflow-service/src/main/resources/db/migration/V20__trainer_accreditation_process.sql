-- Accredited trainers' pages and process (docs/TRAINERS.md). accreditation_id names the trainer's record in the API and
-- its letters; period_id the accreditation's current period, one trainer-accreditation process each: a new one when an
-- accreditation that lapsed is renewed. The process records a lapse (lapsed_on, and which date passed first).
ALTER TABLE trainer_accreditation
    ADD COLUMN accreditation_id uuid NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN period_id        uuid NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN lapsed_on        date,
    ADD COLUMN lapsed_because   text CHECK (lapsed_because IN ('NOT_RENEWED', 'NO_COHORT_DELIVERED'));

CREATE UNIQUE INDEX trainer_accreditation_by_id ON trainer_accreditation (accreditation_id);
