-- Processes start by a message to their message start event, with the record's id as message id, so a start sent
-- again after a crash is refused by the engine (ALREADY_EXISTS) instead of starting a second instance. Starts not yet
-- sent become such messages (a week's time to live, EngineOutbox.START_TIME_TO_LIVE). The instance keys the records
-- kept are no longer known at the start (a published message does not answer one) and nothing needs them: a task
-- carries its own instance, and records are found by their ids.
UPDATE engine_outbox
SET message_name    = CASE bpmn_process_id
                          WHEN 'complaint' THEN 'complaint-recorded'
                          WHEN 'case-consultation' THEN 'consultation-requested'
                          WHEN 'meeting-series' THEN 'meeting-series-created' END,
    correlation_key = record_id::text,
    message_id      = record_id::text,
    time_to_live_ms = 604800000
WHERE kind = 'START' AND sent_at IS NULL;

ALTER TABLE engine_outbox DROP COLUMN process_instance_key;
ALTER TABLE complaint DROP COLUMN process_instance_key;
ALTER TABLE meeting_series DROP COLUMN process_instance_key;
ALTER TABLE consultation_request DROP COLUMN process_instance_key;
