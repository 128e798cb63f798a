-- The reports (docs/REPORTS.md) filter by date range across every borough: attendance per programme year (completions
-- by completed_on, blocks by delivered_on) and retention per start quarter (champions by active_from).
CREATE INDEX training_completion_completed_on ON training_completion (completed_on, course, borough);
CREATE INDEX training_cohort_delivered_on ON training_cohort (delivered_on, course, borough) WHERE delivered_on IS NOT NULL;
CREATE INDEX champion_active_from ON champion (borough, active_from) WHERE active_from IS NOT NULL;
