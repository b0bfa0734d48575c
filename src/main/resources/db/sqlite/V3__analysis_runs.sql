-- Every run of the account-takeover playbook, so a report can name the run (when, settings, build) it used.
-- Append-only like the evidence: a recorded run is never edited or removed.
CREATE TABLE analysis_runs (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    run_at        TEXT    NOT NULL, -- RFC 3339 UTC
    settings_json TEXT    NOT NULL,
    tool_version  TEXT    NOT NULL,
    result_json   TEXT    NOT NULL
);

CREATE TRIGGER analysis_runs_no_update BEFORE UPDATE ON analysis_runs
BEGIN SELECT RAISE(ABORT, 'analysis runs are append-only: analysis_runs cannot be updated'); END;
CREATE TRIGGER analysis_runs_no_delete BEFORE DELETE ON analysis_runs
BEGIN SELECT RAISE(ABORT, 'analysis runs are append-only: analysis_runs cannot be deleted'); END;
