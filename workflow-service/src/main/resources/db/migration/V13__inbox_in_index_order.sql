-- "My tasks" (TaskRepository.MY_OPEN_PAGE) reads each of its branches in index order and stops at the page's end.
-- The person a task is offered to by name is kept on the task itself, so the branch of a role's candidates needs no
-- probe of inbox_offer per row read; inbox_offer stays the record of offers, for tasks yet to come.
ALTER TABLE inbox_task ADD COLUMN offered_to text;
UPDATE inbox_task t SET offered_to = o.person_id
FROM inbox_offer o
WHERE o.bpmn_process_id = t.bpmn_process_id AND o.business_reference = t.business_reference AND o.candidate_role = t.candidate_role;

-- One role's open, unclaimed tasks in a borough that name nobody, by due date.
DROP INDEX inbox_task_candidates;
CREATE INDEX inbox_task_candidates ON inbox_task (borough, candidate_role, due_at, job_key)
    WHERE status = 'OPEN' AND assignee IS NULL AND offered_to IS NULL;
-- Open, unclaimed tasks offered to one person by name, by due date.
CREATE INDEX inbox_task_offered ON inbox_task (offered_to, borough, due_at, job_key)
    WHERE status = 'OPEN' AND assignee IS NULL AND offered_to IS NOT NULL;
-- The tasks an offer is about (offering them was a scan of every task).
CREATE INDEX inbox_task_offer ON inbox_task (business_reference, bpmn_process_id, candidate_role);
