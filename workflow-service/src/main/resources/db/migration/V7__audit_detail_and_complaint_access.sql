-- The audit log says what (issue 8 §5, §9): each entry names the records it touched (one entry for a list read), the
-- fields a change touched (old and new values only where they are not sensitive), the route or job, and a refusal's
-- status. "about" holds every record whose trail shows the entry, as 'kind:id' (a complaint's task read is also on
-- the complaint's trail).
ALTER TABLE audit_event
    ALTER COLUMN record_id DROP NOT NULL,
    ADD COLUMN record_ids text[],
    ADD COLUMN changes    jsonb,
    ADD COLUMN route      text,
    ADD COLUMN refused    smallint CHECK (refused IN (403, 404)),
    ADD COLUMN about      text[];
UPDATE audit_event SET about = ARRAY[record_type || ':' || record_id];
ALTER TABLE audit_event ALTER COLUMN about SET NOT NULL;
CREATE INDEX audit_event_about ON audit_event USING gin (about);

-- The one ending a complaint's team asked for (withdrawn, resolved early): set once, so concurrent endings cannot
-- both pass; the process closes the complaint afterwards.
ALTER TABLE complaint
    ADD COLUMN ending              text CHECK (ending IN ('WITHDRAWN', 'RESOLVED_EARLY')),
    ADD COLUMN ending_requested_at timestamptz;

-- A process's tasks for a role offered to one named person instead of everyone holding the role in the borough
-- (a complaint's review tasks, to its assigned reviewer).
CREATE TABLE inbox_offer (
    bpmn_process_id    text NOT NULL,
    business_reference text NOT NULL,
    candidate_role     text NOT NULL,
    person_id          text NOT NULL,
    PRIMARY KEY (bpmn_process_id, business_reference, candidate_role)
);
CREATE INDEX inbox_offer_person ON inbox_offer (person_id);
