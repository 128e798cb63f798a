-- The engine's state. Keys are Zeebe-style 64-bit numbers handed out in blocks from one sequence.
CREATE SEQUENCE key_block START 1;

CREATE TABLE process_definition (
    key             BIGINT PRIMARY KEY,
    bpmn_process_id TEXT NOT NULL,
    version         INT NOT NULL,
    resource_name   TEXT NOT NULL,
    checksum        TEXT NOT NULL,
    xml             BYTEA NOT NULL,
    deployment_key  BIGINT NOT NULL,
    deployed_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (bpmn_process_id, version)
);

CREATE TABLE process_instance (
    key                         BIGINT PRIMARY KEY,
    root_key                    BIGINT NOT NULL,
    bpmn_process_id             TEXT NOT NULL,
    version                     INT NOT NULL,
    process_definition_key      BIGINT NOT NULL REFERENCES process_definition (key),
    parent_element_instance_key BIGINT,
    parent_process_instance_key BIGINT,
    correlation_key             TEXT,
    state                       TEXT NOT NULL,
    started_at                  TIMESTAMPTZ NOT NULL,
    ended_at                    TIMESTAMPTZ
);
CREATE INDEX process_instance_by_process_and_state ON process_instance (bpmn_process_id, state, key);
CREATE INDEX process_instance_by_state ON process_instance (state, key);

-- Active element instances only; what happened to them is in the journal. data holds an element's runtime state
-- (tokens waiting at joins, the job or child instance it waits for, its lifecycle step).
CREATE TABLE element_instance (
    key                    BIGINT PRIMARY KEY,
    process_instance_key   BIGINT NOT NULL,
    element_id             TEXT NOT NULL,
    element_type           TEXT NOT NULL,
    flow_scope_key         BIGINT,
    state                  TEXT NOT NULL,
    data                   JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX element_instance_by_instance ON element_instance (process_instance_key);

CREATE TABLE variable (
    scope_key            BIGINT NOT NULL,
    name                 TEXT NOT NULL,
    process_instance_key BIGINT NOT NULL,
    value                JSONB,
    PRIMARY KEY (scope_key, name)
);
CREATE INDEX variable_by_instance ON variable (process_instance_key);

CREATE TABLE job (
    key                    BIGINT PRIMARY KEY,
    type                   TEXT NOT NULL,
    state                  TEXT NOT NULL,
    root_key               BIGINT NOT NULL,
    process_instance_key   BIGINT NOT NULL,
    element_instance_key   BIGINT NOT NULL,
    element_id             TEXT NOT NULL,
    bpmn_process_id        TEXT NOT NULL,
    process_definition_key BIGINT NOT NULL,
    version                INT NOT NULL,
    retries                INT NOT NULL,
    available_at           TIMESTAMPTZ NOT NULL,
    deadline               TIMESTAMPTZ,
    worker                 TEXT,
    custom_headers         JSONB NOT NULL,
    error_message          TEXT
);
-- Activation: jobs of a type that are free now, or whose worker's lock ran out.
CREATE INDEX job_activatable ON job (type, key) WHERE state IN ('ACTIVATABLE', 'ACTIVATED');
CREATE INDEX job_by_element ON job (element_instance_key);

CREATE TABLE timer (
    key                    BIGINT PRIMARY KEY,
    root_key               BIGINT,
    process_instance_key   BIGINT,
    element_instance_key   BIGINT,
    process_definition_key BIGINT NOT NULL,
    element_id             TEXT NOT NULL,
    target_element_id      TEXT NOT NULL,
    due_at                 TIMESTAMPTZ NOT NULL,
    repetitions            INT NOT NULL,
    interval               TEXT
);
CREATE INDEX timer_due ON timer (due_at);
CREATE INDEX timer_by_element ON timer (element_instance_key);

CREATE TABLE message_subscription (
    key                  BIGINT PRIMARY KEY,
    root_key             BIGINT NOT NULL,
    process_instance_key BIGINT NOT NULL,
    element_instance_key BIGINT NOT NULL,
    target_element_id    TEXT NOT NULL,
    message_name         TEXT NOT NULL,
    correlation_key      TEXT NOT NULL
);
CREATE INDEX message_subscription_by_message ON message_subscription (message_name, correlation_key);
CREATE INDEX message_subscription_by_element ON message_subscription (element_instance_key);

-- Start events of the latest version of each process.
CREATE TABLE message_start (
    bpmn_process_id        TEXT NOT NULL,
    process_definition_key BIGINT NOT NULL,
    start_event_id         TEXT NOT NULL,
    message_name           TEXT NOT NULL,
    PRIMARY KEY (bpmn_process_id, start_event_id)
);
CREATE INDEX message_start_by_message ON message_start (message_name);

CREATE TABLE message (
    key             BIGINT PRIMARY KEY,
    name            TEXT NOT NULL,
    correlation_key TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    variables       JSONB NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_by_name_and_key ON message (name, correlation_key, key);
CREATE INDEX message_expiry ON message (expires_at);

-- A message correlates to one instance of each process at most (Zeebe's rule), buffered or not.
CREATE TABLE message_correlation (
    message_key     BIGINT NOT NULL,
    bpmn_process_id TEXT NOT NULL,
    PRIMARY KEY (message_key, bpmn_process_id)
);

CREATE TABLE incident (
    key                  BIGINT PRIMARY KEY,
    root_key             BIGINT NOT NULL,
    process_instance_key BIGINT NOT NULL,
    bpmn_process_id      TEXT NOT NULL,
    element_instance_key BIGINT NOT NULL,
    element_id           TEXT NOT NULL,
    job_key              BIGINT,
    error_type           TEXT NOT NULL,
    message              TEXT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_by_instance ON incident (process_instance_key);

-- Append-only: what happened, in order, for the operations view and tests.
CREATE TABLE journal (
    position             BIGSERIAL PRIMARY KEY,
    process_instance_key BIGINT,
    value_type           TEXT NOT NULL,
    intent               TEXT NOT NULL,
    key                  BIGINT NOT NULL,
    element_id           TEXT,
    element_type         TEXT,
    bpmn_process_id      TEXT,
    payload              JSONB,
    at                   TIMESTAMPTZ NOT NULL
);
CREATE INDEX journal_by_instance ON journal (process_instance_key, position);

-- A message id is unique per name and correlation key while its message lives.
CREATE UNIQUE INDEX message_id_unique ON message (name, correlation_key, message_id) WHERE message_id <> '';
