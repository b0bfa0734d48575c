-- Ledgerline case schema, version 1.
-- Times are stored twice: an INTEGER epoch value in microseconds UTC (for ordering and ranges)
-- and the exporter's original RFC 3339 text (kept verbatim for the chain of custody).
-- Money (amount, fee, usd) is canonical decimal TEXT: SQLite has no exact decimal type.

-- Case-level settings and descriptive metadata. Not evidence: it may change.
CREATE TABLE case_info (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT
);

-- One row per import that changed the case (a re-import that changes nothing adds no row).
CREATE TABLE imports (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    bundle_name   TEXT    NOT NULL,
    format        TEXT    NOT NULL,
    case_id       TEXT,
    title         TEXT,
    exported_at   TEXT,
    exported_by   TEXT,
    manifest_json TEXT    NOT NULL,
    mode          TEXT    NOT NULL CHECK (mode IN ('strict', 'lenient')),
    imported_at   TEXT    NOT NULL,
    tool_version  TEXT    NOT NULL
);

-- Chain of custody: every input file of an import, as it was received.
CREATE TABLE import_files (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    import_id     INTEGER NOT NULL REFERENCES imports (id),
    file_name     TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    size_bytes    BIGINT  NOT NULL,
    rows_declared BIGINT  NOT NULL
);
CREATE INDEX import_files_sha256 ON import_files (sha256);

-- What became of each file's rows; written when the file is done, so evidence rows never need updating.
CREATE TABLE import_file_results (
    import_file_id INTEGER NOT NULL PRIMARY KEY REFERENCES import_files (id),
    rows_imported  BIGINT  NOT NULL,
    duplicates     BIGINT  NOT NULL,
    warnings       BIGINT  NOT NULL,
    quarantined    BIGINT  NOT NULL,
    millis         BIGINT  NOT NULL
);

-- Warnings of an import (unknown columns, unknown event types), one row per kind of warning with its count.
CREATE TABLE import_warnings (
    id             INTEGER NOT NULL PRIMARY KEY,
    import_file_id INTEGER NOT NULL REFERENCES import_files (id),
    first_line     BIGINT  NOT NULL,
    column_name    TEXT,
    message        TEXT    NOT NULL,
    occurrences    BIGINT  NOT NULL
);

CREATE TABLE accounts (
    account_id     TEXT    NOT NULL PRIMARY KEY,
    opened_at      BIGINT,
    opened_at_text TEXT,
    kyc_level      INTEGER,
    country        TEXT,
    email_masked   TEXT,
    phone_masked   TEXT,
    status         TEXT,
    extra          TEXT,
    content_hash   TEXT    NOT NULL,
    import_file_id INTEGER NOT NULL REFERENCES import_files (id),
    source_line    INTEGER NOT NULL
);

CREATE TABLE events (
    id               INTEGER NOT NULL PRIMARY KEY,
    event_id         TEXT    NOT NULL,
    account_id       TEXT    NOT NULL REFERENCES accounts (account_id),
    occurred_at      BIGINT  NOT NULL,
    occurred_at_text TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    outcome          TEXT    NOT NULL,
    ip               TEXT,
    device_id        TEXT,
    user_agent       TEXT,
    country          TEXT,
    channel          TEXT,
    asset            TEXT,
    amount           TEXT,
    fee              TEXT,
    address          TEXT,
    network          TEXT,
    tx_hash          TEXT,
    ref              TEXT,
    details          TEXT,
    extra            TEXT,
    content_hash     TEXT    NOT NULL,
    import_file_id   INTEGER NOT NULL REFERENCES import_files (id),
    source_line      INTEGER NOT NULL
);
CREATE UNIQUE INDEX events_event_id ON events (event_id);
CREATE INDEX events_account_time ON events (account_id, occurred_at);

CREATE TABLE legal_requests (
    request_id        TEXT    NOT NULL PRIMARY KEY,
    received_at       BIGINT  NOT NULL,
    received_at_text  TEXT    NOT NULL,
    agency            TEXT,
    jurisdiction      TEXT,
    document_ref      TEXT,
    requested_data    TEXT,
    account_ids       TEXT    NOT NULL,
    disclosed_at      BIGINT,
    disclosed_at_text TEXT,
    verification      TEXT    NOT NULL,
    notes             TEXT,
    extra             TEXT,
    content_hash      TEXT    NOT NULL,
    import_file_id    INTEGER NOT NULL REFERENCES import_files (id),
    source_line       INTEGER NOT NULL
);

-- account_ids of a legal request, one row each, so requests join to accounts.
CREATE TABLE legal_request_accounts (
    request_id TEXT NOT NULL REFERENCES legal_requests (request_id),
    account_id TEXT NOT NULL,
    PRIMARY KEY (request_id, account_id)
);

CREATE TABLE prices (
    id             INTEGER NOT NULL PRIMARY KEY,
    asset          TEXT    NOT NULL,
    at             BIGINT  NOT NULL,
    at_text        TEXT    NOT NULL,
    usd            TEXT    NOT NULL,
    extra          TEXT,
    content_hash   TEXT    NOT NULL,
    import_file_id INTEGER NOT NULL REFERENCES import_files (id),
    source_line    INTEGER NOT NULL
);
CREATE UNIQUE INDEX prices_asset_at ON prices (asset, at);

-- Rows refused by a lenient import, kept verbatim: nothing an exporter sent is dropped.
CREATE TABLE quarantine (
    id             INTEGER NOT NULL PRIMARY KEY,
    import_file_id INTEGER NOT NULL REFERENCES import_files (id),
    file_name      TEXT    NOT NULL,
    line           INTEGER NOT NULL,
    raw            TEXT    NOT NULL,
    reasons        TEXT    NOT NULL
);
