-- What people write about a meeting stays here, never in its process (docs/PROCESS-VARIABLES.md): the note the chair
-- finalised the agenda with (it goes with the agenda pack) and why the meeting last moved (the members are told).
ALTER TABLE meeting ADD COLUMN agenda_note text, ADD COLUMN move_reason text;
