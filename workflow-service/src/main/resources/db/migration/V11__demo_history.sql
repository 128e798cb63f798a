-- Local mode's demo history is loaded once: this row says it was (started_at), and when it was all there (loaded_at).
CREATE TABLE demo_history (
    name       text PRIMARY KEY,
    started_at timestamptz NOT NULL,
    loaded_at  timestamptz
);
