-- The investigator's review of the playbook's proposals (issue #4, "Review"): one row per decision.
-- Append-only: a decision is never edited or removed. A later decision on the same account (confirm/reject)
-- or the same withdrawal (add/remove) supersedes an earlier one; the history stays as the audit trail.
CREATE TABLE review_decisions (
    id           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    decided_at   TEXT    NOT NULL, -- RFC 3339 UTC
    investigator TEXT    NOT NULL CHECK (length(trim(investigator)) > 0),
    account_id   TEXT    NOT NULL,
    kind         TEXT    NOT NULL
        CHECK (kind IN ('confirm_account', 'reject_account', 'add_withdrawal', 'remove_withdrawal')),
    event_id     TEXT,
    reason       TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    -- a withdrawal decision names its withdrawal; an account decision names none
    CHECK ((kind IN ('add_withdrawal', 'remove_withdrawal')) = (event_id IS NOT NULL))
);
CREATE INDEX review_decisions_account ON review_decisions (account_id);

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only: review_decisions cannot be updated'); END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only: review_decisions cannot be deleted'); END;
