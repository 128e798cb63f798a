-- Training cohorts and their bookings (docs/TRAINING.md). A cohort is one delivery ("block") of a classroom course:
-- its days, trainer, venue or link, capacity, a borough or none (cross-borough). delivered_on is set once its last day
-- is over and attendance is recorded: blocks delivered per course and programme year are counted from it.
CREATE TABLE training_cohort (
    id           uuid PRIMARY KEY,
    course       text        NOT NULL,
    borough      text,
    trainer_id   text        NOT NULL,
    venue        text,
    online_link  text,
    capacity     integer     NOT NULL CHECK (capacity > 0),
    first_day    date        NOT NULL,
    last_day     date        NOT NULL,
    delivered_on date,
    planned_by   text        NOT NULL,
    planned_at   timestamptz NOT NULL
);
-- The cohorts a borough's people see (theirs and the cross-borough ones), soonest first.
CREATE INDEX training_cohort_borough_first_day ON training_cohort (borough, first_day, id);
CREATE INDEX training_cohort_first_day ON training_cohort (first_day, id);

CREATE TABLE training_cohort_day (
    id         uuid PRIMARY KEY,
    cohort_id  uuid NOT NULL REFERENCES training_cohort (id),
    day_number integer NOT NULL,
    day        date NOT NULL,
    starts_at  time NOT NULL,
    ends_at    time NOT NULL,
    UNIQUE (cohort_id, day_number)
);

-- A person's place on a cohort, or their turn on its waiting list (in booked_at order). borough is the trainee's own:
-- a cross-borough cohort's trainees are seen by their borough's leads; attendance is reported by it.
CREATE TABLE training_booking (
    id           uuid PRIMARY KEY,
    cohort_id    uuid        NOT NULL REFERENCES training_cohort (id),
    person_id    text        NOT NULL,
    borough      text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PLACE', 'WAITING_LIST', 'CANCELLED')),
    booked_by    text        NOT NULL,
    booked_at    timestamptz NOT NULL,
    placed_at    timestamptz,
    cancelled_at timestamptz
);
-- One live booking per person and cohort: booking again changes nothing.
CREATE UNIQUE INDEX training_booking_live ON training_booking (cohort_id, person_id) WHERE status <> 'CANCELLED';
CREATE INDEX training_booking_cohort ON training_booking (cohort_id, status, booked_at, id);
CREATE INDEX training_booking_person ON training_booking (person_id, booked_at DESC);
