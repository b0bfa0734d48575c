-- Evidence is append-only: the database itself refuses UPDATE and DELETE on every evidence table,
-- so no code path (and no hand-run SQL through the app) can quietly edit what was imported.
-- PostgreSQL syntax; the SQLite migration of the same version states the same rule.
-- One function raises every append-only refusal; each trigger passes its own message. SQLSTATE 23001
-- (restrict_violation) is an integrity-constraint error, as SQLite's RAISE(ABORT) is.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER imports_no_update BEFORE UPDATE ON imports
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: imports cannot be updated');
CREATE TRIGGER imports_no_delete BEFORE DELETE ON imports
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: imports cannot be deleted');

CREATE TRIGGER import_files_no_update BEFORE UPDATE ON import_files
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: import_files cannot be updated');
CREATE TRIGGER import_files_no_delete BEFORE DELETE ON import_files
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: import_files cannot be deleted');

CREATE TRIGGER import_file_results_no_update BEFORE UPDATE ON import_file_results
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: import_file_results cannot be updated');
CREATE TRIGGER import_file_results_no_delete BEFORE DELETE ON import_file_results
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: import_file_results cannot be deleted');

CREATE TRIGGER import_warnings_no_update BEFORE UPDATE ON import_warnings
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: import_warnings cannot be updated');
CREATE TRIGGER import_warnings_no_delete BEFORE DELETE ON import_warnings
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: import_warnings cannot be deleted');

CREATE TRIGGER accounts_no_update BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: accounts cannot be updated');
CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: accounts cannot be deleted');

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: events cannot be updated');
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: events cannot be deleted');

CREATE TRIGGER legal_requests_no_update BEFORE UPDATE ON legal_requests
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: legal_requests cannot be updated');
CREATE TRIGGER legal_requests_no_delete BEFORE DELETE ON legal_requests
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: legal_requests cannot be deleted');

CREATE TRIGGER legal_request_accounts_no_update BEFORE UPDATE ON legal_request_accounts
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: legal_request_accounts cannot be updated');
CREATE TRIGGER legal_request_accounts_no_delete BEFORE DELETE ON legal_request_accounts
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: legal_request_accounts cannot be deleted');

CREATE TRIGGER prices_no_update BEFORE UPDATE ON prices
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: prices cannot be updated');
CREATE TRIGGER prices_no_delete BEFORE DELETE ON prices
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: prices cannot be deleted');

CREATE TRIGGER quarantine_no_update BEFORE UPDATE ON quarantine
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: quarantine cannot be updated');
CREATE TRIGGER quarantine_no_delete BEFORE DELETE ON quarantine
    FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence is append-only: quarantine cannot be deleted');

-- TRUNCATE does not fire row triggers in PostgreSQL.
CREATE TRIGGER imports_no_truncate BEFORE TRUNCATE ON imports
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: imports cannot be truncated');
CREATE TRIGGER import_files_no_truncate BEFORE TRUNCATE ON import_files
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: import_files cannot be truncated');
CREATE TRIGGER import_file_results_no_truncate BEFORE TRUNCATE ON import_file_results
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: import_file_results cannot be truncated');
CREATE TRIGGER import_warnings_no_truncate BEFORE TRUNCATE ON import_warnings
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: import_warnings cannot be truncated');
CREATE TRIGGER accounts_no_truncate BEFORE TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: accounts cannot be truncated');
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: events cannot be truncated');
CREATE TRIGGER legal_requests_no_truncate BEFORE TRUNCATE ON legal_requests
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: legal_requests cannot be truncated');
CREATE TRIGGER legal_request_accounts_no_truncate BEFORE TRUNCATE ON legal_request_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: legal_request_accounts cannot be truncated');
CREATE TRIGGER prices_no_truncate BEFORE TRUNCATE ON prices
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: prices cannot be truncated');
CREATE TRIGGER quarantine_no_truncate BEFORE TRUNCATE ON quarantine
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence is append-only: quarantine cannot be truncated');
