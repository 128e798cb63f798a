-- A signed-in person's session on the pages. The browser holds a random token in an HttpOnly cookie; only its
-- SHA-256 is kept here, so a copy of this table signs no one in. Roles and organisation are read from the directory
-- on each request, so a person removed from it, or given other roles, is affected at once.
CREATE TABLE page_session (
    token_hash   text PRIMARY KEY,
    person_id    text        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    csrf_token   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);

-- Sessions past the inactivity limit are deleted in batches, oldest first.
CREATE INDEX page_session_last_seen ON page_session (last_seen_at);
