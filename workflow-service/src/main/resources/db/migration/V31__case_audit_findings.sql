-- Case-audit findings (docs/CASE-AUDITS.md): the summary lists the rounds planned in a year.
CREATE INDEX audit_round_planned ON audit_round (planned_at);
