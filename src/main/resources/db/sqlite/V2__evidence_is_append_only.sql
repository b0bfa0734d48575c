-- Evidence is append-only: the database itself refuses UPDATE and DELETE on every evidence table,
-- so no code path (and no hand-run SQL through the app) can quietly edit what was imported.
-- SQLite syntax; a PostgreSQL case uses its own migration for the same rule.
CREATE TRIGGER imports_no_update BEFORE UPDATE ON imports
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: imports cannot be updated'); END;
CREATE TRIGGER imports_no_delete BEFORE DELETE ON imports
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: imports cannot be deleted'); END;

CREATE TRIGGER import_files_no_update BEFORE UPDATE ON import_files
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: import_files cannot be updated'); END;
CREATE TRIGGER import_files_no_delete BEFORE DELETE ON import_files
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: import_files cannot be deleted'); END;

CREATE TRIGGER import_file_results_no_update BEFORE UPDATE ON import_file_results
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: import_file_results cannot be updated'); END;
CREATE TRIGGER import_file_results_no_delete BEFORE DELETE ON import_file_results
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: import_file_results cannot be deleted'); END;

CREATE TRIGGER import_warnings_no_update BEFORE UPDATE ON import_warnings
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: import_warnings cannot be updated'); END;
CREATE TRIGGER import_warnings_no_delete BEFORE DELETE ON import_warnings
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: import_warnings cannot be deleted'); END;

CREATE TRIGGER accounts_no_update BEFORE UPDATE ON accounts
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: accounts cannot be updated'); END;
CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: accounts cannot be deleted'); END;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: events cannot be updated'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: events cannot be deleted'); END;

CREATE TRIGGER legal_requests_no_update BEFORE UPDATE ON legal_requests
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: legal_requests cannot be updated'); END;
CREATE TRIGGER legal_requests_no_delete BEFORE DELETE ON legal_requests
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: legal_requests cannot be deleted'); END;

CREATE TRIGGER legal_request_accounts_no_update BEFORE UPDATE ON legal_request_accounts
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: legal_request_accounts cannot be updated'); END;
CREATE TRIGGER legal_request_accounts_no_delete BEFORE DELETE ON legal_request_accounts
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: legal_request_accounts cannot be deleted'); END;

CREATE TRIGGER prices_no_update BEFORE UPDATE ON prices
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: prices cannot be updated'); END;
CREATE TRIGGER prices_no_delete BEFORE DELETE ON prices
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: prices cannot be deleted'); END;

CREATE TRIGGER quarantine_no_update BEFORE UPDATE ON quarantine
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: quarantine cannot be updated'); END;
CREATE TRIGGER quarantine_no_delete BEFORE DELETE ON quarantine
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: quarantine cannot be deleted'); END;
