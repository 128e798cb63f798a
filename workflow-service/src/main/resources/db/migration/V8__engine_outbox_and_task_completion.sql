-- Process starts and messages for the engine, written in the transaction that stores the record they are about,
-- and sent after commit by the outbox drainer (uk.stpartnership.workflow.outbox).
CREATE TABLE engine_outbox (
    id                   uuid PRIMARY KEY,
    kind                 text        NOT NULL CHECK (kind IN ('START', 'MESSAGE')),
    bpmn_process_id      text,
    record_id            uuid,
    message_name         text,
    correlation_key      text,
    message_id           text,
    time_to_live_ms      bigint,
    variables            jsonb       NOT NULL,
    created_at           timestamptz NOT NULL,
    attempts             integer     NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz NOT NULL,
    last_error           text,
    sent_at              timestamptz,
    process_instance_key bigint
);

-- One start per record, whatever happens between commit and engine.
CREATE UNIQUE INDEX engine_outbox_one_start ON engine_outbox (bpmn_process_id, record_id) WHERE kind = 'START';
CREATE INDEX engine_outbox_unsent ON engine_outbox (next_attempt_at, created_at) WHERE sent_at IS NULL;

-- What a person completed a task with, saved before the task's job is completed: a re-delivered completion
-- finds it and writes nothing again.
CREATE TABLE task_completion (
    job_key      bigint PRIMARY KEY,
    completed_by text        NOT NULL,
    variables    jsonb       NOT NULL,
    saved_at     timestamptz NOT NULL
);
