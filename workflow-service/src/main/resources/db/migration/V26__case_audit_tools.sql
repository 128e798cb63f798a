-- Case audits (docs/CASE-AUDITS.md): the audit tool, a named list of criteria in versions. A version never changes
-- once made (a round that uses it is frozen with it); a new one is made from an old one, and each of its criteria may
-- name the criterion of the old version it corresponds to, so that rounds on different versions compare criterion by
-- criterion.
CREATE TABLE audit_tool (
    id       uuid PRIMARY KEY,
    name     text        NOT NULL,
    version  integer     NOT NULL,
    based_on uuid REFERENCES audit_tool (id),
    made_by  text        NOT NULL,
    made_at  timestamptz NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE audit_criterion (
    id             uuid PRIMARY KEY,
    tool_id        uuid    NOT NULL REFERENCES audit_tool (id),
    position       integer NOT NULL,
    wording        text    NOT NULL,
    corresponds_to uuid REFERENCES audit_criterion (id),
    UNIQUE (tool_id, position)
);

-- The first version: the Safe & Together criteria seen in the boroughs' audits, with Edinburgh's indicator on the plan.
INSERT INTO audit_tool (id, name, version, based_on, made_by, made_at)
VALUES ('a0d17000-0000-4000-8000-000000000001', 'Safe & Together case audit', 1, NULL, 'platform', '2026-12-01T00:00:00Z');

INSERT INTO audit_criterion (id, tool_id, position, wording, corresponds_to) VALUES
    ('a0d17000-0000-4000-8000-000000000101', 'a0d17000-0000-4000-8000-000000000001', 1,
     'Harm is described through the perpetrator''s pattern of behaviour, not as incidents', NULL),
    ('a0d17000-0000-4000-8000-000000000102', 'a0d17000-0000-4000-8000-000000000001', 2,
     'Specific abusive behaviours are documented', NULL),
    ('a0d17000-0000-4000-8000-000000000103', 'a0d17000-0000-4000-8000-000000000001', 3,
     'The plan attributes concrete actions and measures for change to the perpetrator', NULL),
    ('a0d17000-0000-4000-8000-000000000104', 'a0d17000-0000-4000-8000-000000000001', 4,
     'The perpetrator is engaged, or efforts to engage them are documented even when unsuccessful', NULL),
    ('a0d17000-0000-4000-8000-000000000105', 'a0d17000-0000-4000-8000-000000000001', 5,
     'No victim-blaming or mutualising language ("parental conflict", "relationship difficulties")', NULL),
    ('a0d17000-0000-4000-8000-000000000106', 'a0d17000-0000-4000-8000-000000000001', 6,
     'The non-abusive parent''s strengths and protective efforts are documented', NULL),
    ('a0d17000-0000-4000-8000-000000000107', 'a0d17000-0000-4000-8000-000000000001', 7,
     'The impact on the child is described', NULL),
    ('a0d17000-0000-4000-8000-000000000108', 'a0d17000-0000-4000-8000-000000000001', 8,
     'Intersections are considered: substance use, mental health, culture, socio-economic factors', NULL),
    ('a0d17000-0000-4000-8000-000000000109', 'a0d17000-0000-4000-8000-000000000001', 9,
     'The plan is clear on what parents are expected to do', NULL);
