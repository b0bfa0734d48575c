-- What the investigator enters for the regulator filing and the compensation decision (issue #6), and a record of
-- every generated report. All three are append-only histories: an entry is never edited or removed; a later entry on
-- the same subject supersedes an earlier one (latest id wins) and the earlier stays as the audit trail (issue #8
-- builds a signed trail over exactly these rows).

-- Narrative and entered fields of the filing (io.ledgerline.report.FilingField names them), one row per entry.
-- An empty text clears a field: the report then marks it "to be completed" again.
CREATE TABLE filing_entries (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    field        TEXT    NOT NULL CHECK (length(trim(field)) > 0),
    text         TEXT    NOT NULL,
    entered_at   TEXT    NOT NULL, -- RFC 3339 UTC
    investigator TEXT    NOT NULL CHECK (length(trim(investigator)) > 0),
    reason       TEXT
);
CREATE INDEX filing_entries_field ON filing_entries (field);

-- Amounts recovered for an account, in units of the asset (e.g. frozen at the destination and returned).
CREATE TABLE recovered_entries (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id   TEXT    NOT NULL REFERENCES accounts (account_id),
    asset        TEXT    NOT NULL CHECK (length(trim(asset)) > 0),
    amount       TEXT    NOT NULL, -- canonical decimal, not negative
    entered_at   TEXT    NOT NULL, -- RFC 3339 UTC
    investigator TEXT    NOT NULL CHECK (length(trim(investigator)) > 0),
    reason       TEXT    NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX recovered_entries_account ON recovered_entries (account_id, asset);

-- Every report written from the case: which workbook, its file name and SHA-256, the analysis run it used.
CREATE TABLE generated_reports (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind            TEXT    NOT NULL CHECK (kind IN ('regulator', 'compensation')),
    file_name       TEXT    NOT NULL,
    sha256          TEXT    NOT NULL CHECK (length(sha256) = 64),
    size_bytes      BIGINT  NOT NULL,
    analysis_run_id INTEGER NOT NULL REFERENCES analysis_runs (id),
    generated_at    TEXT    NOT NULL, -- RFC 3339 UTC
    investigator    TEXT    NOT NULL CHECK (length(trim(investigator)) > 0)
);

CREATE TRIGGER filing_entries_no_update BEFORE UPDATE ON filing_entries
BEGIN SELECT RAISE(ABORT, 'filing entries are append-only: filing_entries cannot be updated'); END;
CREATE TRIGGER filing_entries_no_delete BEFORE DELETE ON filing_entries
BEGIN SELECT RAISE(ABORT, 'filing entries are append-only: filing_entries cannot be deleted'); END;

CREATE TRIGGER recovered_entries_no_update BEFORE UPDATE ON recovered_entries
BEGIN SELECT RAISE(ABORT, 'recovered amounts are append-only: recovered_entries cannot be updated'); END;
CREATE TRIGGER recovered_entries_no_delete BEFORE DELETE ON recovered_entries
BEGIN SELECT RAISE(ABORT, 'recovered amounts are append-only: recovered_entries cannot be deleted'); END;

CREATE TRIGGER generated_reports_no_update BEFORE UPDATE ON generated_reports
BEGIN SELECT RAISE(ABORT, 'report records are append-only: generated_reports cannot be updated'); END;
CREATE TRIGGER generated_reports_no_delete BEFORE DELETE ON generated_reports
BEGIN SELECT RAISE(ABORT, 'report records are append-only: generated_reports cannot be deleted'); END;
