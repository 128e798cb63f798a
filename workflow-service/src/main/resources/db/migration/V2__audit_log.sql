-- Who read or changed a case-linked record, and when. Rows are only ever added.
CREATE TABLE audit_event (
    id                 bigserial PRIMARY KEY,
    at                 timestamptz NOT NULL,
    actor_id           text        NOT NULL,
    actor_organisation text        NOT NULL,
    action             text        NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE')),
    record_type        text        NOT NULL,
    record_id          text        NOT NULL,
    case_reference     text
);
CREATE INDEX audit_event_record ON audit_event (record_type, record_id, at);
CREATE INDEX audit_event_actor ON audit_event (actor_id, at);
