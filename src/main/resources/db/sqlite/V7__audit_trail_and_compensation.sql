-- Issue #8, "Decisions you can defend": who decided what, when, on which evidence, and whether anyone edited the case
-- behind the tool's back. Hashes and signatures are over the canonical serialisation of docs/decisions/0004.
-- Every table here is append-only (triggers below; SQLite syntax, a PostgreSQL case uses its own migration).

-- The people who worked on the case: each one's Ed25519 public key, registered when they first open it.
CREATE TABLE investigators (
    key_id        TEXT NOT NULL PRIMARY KEY, -- SHA-256 (hex) of the public key's X.509 encoding
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    public_key    TEXT NOT NULL,             -- X.509 SubjectPublicKeyInfo, base64
    registered_at TEXT NOT NULL              -- RFC 3339 UTC
);

-- The audit trail: one entry per change an investigator makes, hash-chained (hash covers prev_hash) and signed.
CREATE TABLE audit_log (
    seq          INTEGER NOT NULL PRIMARY KEY, -- 1, 2, 3… in the order written; no gaps
    at           TEXT    NOT NULL,             -- RFC 3339 UTC
    key_id       TEXT    NOT NULL REFERENCES investigators (key_id),
    investigator TEXT    NOT NULL,
    action       TEXT    NOT NULL,             -- e.g. review.decide, proposal.approve
    object_type  TEXT    NOT NULL,             -- the table of the row written, e.g. review_decisions
    object_id    TEXT    NOT NULL,             -- that row's key
    account_id   TEXT,                         -- the account concerned, for filtering; null when none
    before_json  TEXT,                         -- canonical JSON of what the change supersedes; null when nothing
    after_json   TEXT,                         -- canonical JSON of the row as written
    reason       TEXT,
    prev_hash    TEXT    NOT NULL,             -- the previous entry's hash; 64 zeros for the first
    hash         TEXT    NOT NULL,             -- SHA-256 (hex) of this entry's canonical form
    signature    TEXT    NOT NULL              -- Ed25519 over the same bytes, base64
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_account ON audit_log (account_id);

-- Evidence seals: per imported file and evidence table, a digest over the rows written, as stored, in source-line
-- order (domain/RowDigest), recorded in the import's transaction. verify recomputes them.
CREATE TABLE evidence_seals (
    import_file_id INTEGER NOT NULL REFERENCES import_files (id),
    table_name     TEXT    NOT NULL,
    row_count      BIGINT  NOT NULL,
    digest         TEXT    NOT NULL, -- SHA-256 (hex) over the row hashes in order
    row_hashes     BLOB    NOT NULL, -- the first 8 bytes of each row hash, in order: names the row that changed
    PRIMARY KEY (import_file_id, table_name)
);

-- A compensation proposal: its figures are fixed when it is written. Changing them means a new proposal that
-- supersedes this one; its state moves on through compensation_transitions.
CREATE TABLE compensation_proposals (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    account_id   TEXT    NOT NULL,
    supersedes   INTEGER REFERENCES compensation_proposals (id),
    policy_json  TEXT    NOT NULL,
    figures_json TEXT    NOT NULL,
    proposed_at  TEXT    NOT NULL, -- RFC 3339 UTC
    key_id       TEXT    NOT NULL REFERENCES investigators (key_id),
    reason       TEXT    NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX compensation_proposals_account ON compensation_proposals (account_id);

-- proposed → approved or returned (with reason) → paid (with the payout reference).
CREATE TABLE compensation_transitions (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    proposal_id INTEGER NOT NULL REFERENCES compensation_proposals (id),
    state       TEXT    NOT NULL CHECK (state IN ('approved', 'returned', 'paid')),
    at          TEXT    NOT NULL, -- RFC 3339 UTC
    key_id      TEXT    NOT NULL REFERENCES investigators (key_id),
    reason      TEXT,
    reference   TEXT,
    CHECK (state = 'paid' OR length(trim(reason)) > 0),
    CHECK (state <> 'paid' OR length(trim(reference)) > 0)
);
CREATE INDEX compensation_transitions_proposal ON compensation_transitions (proposal_id);

CREATE TRIGGER investigators_no_update BEFORE UPDATE ON investigators
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: investigators cannot be updated'); END;
CREATE TRIGGER investigators_no_delete BEFORE DELETE ON investigators
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: investigators cannot be deleted'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: audit_log cannot be updated'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: audit_log cannot be deleted'); END;

CREATE TRIGGER evidence_seals_no_update BEFORE UPDATE ON evidence_seals
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: evidence_seals cannot be updated'); END;
CREATE TRIGGER evidence_seals_no_delete BEFORE DELETE ON evidence_seals
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: evidence_seals cannot be deleted'); END;

CREATE TRIGGER compensation_proposals_no_update BEFORE UPDATE ON compensation_proposals
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: compensation_proposals cannot be updated'); END;
CREATE TRIGGER compensation_proposals_no_delete BEFORE DELETE ON compensation_proposals
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: compensation_proposals cannot be deleted'); END;

CREATE TRIGGER compensation_transitions_no_update BEFORE UPDATE ON compensation_transitions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: compensation_transitions cannot be updated'); END;
CREATE TRIGGER compensation_transitions_no_delete BEFORE DELETE ON compensation_transitions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: compensation_transitions cannot be deleted'); END;
