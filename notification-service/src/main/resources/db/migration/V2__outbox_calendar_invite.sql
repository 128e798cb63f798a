-- The calendar invitation a send-email job attaches (task header 'attachment'), kept with the row so that a retry
-- sends exactly what the first delivery recorded; NULL for emails without one.
ALTER TABLE notification.outbox_email ADD COLUMN calendar_invite TEXT;
