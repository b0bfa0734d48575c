-- Issue #11, team mode: one case worked by several investigators on one server.
--
-- The four-eyes rule of compensation, stated by the database as well as by the tool (the SQLite migration V8 states
-- the same rule): the investigator who proposed a compensation cannot approve it.
-- The search path is fixed, the login's temporary schema last: a session searches its temporary schema first (even
-- before pg_catalog), so any login could otherwise make a temporary compensation_proposals or pg_namespace table and
-- have this function read that instead.
CREATE FUNCTION approval_by_another() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.state = 'approved'
            AND NEW.key_id = (SELECT key_id FROM compensation_proposals WHERE id = NEW.proposal_id) THEN
        RAISE EXCEPTION 'approval needs a second investigator: the proposer cannot approve their own proposal'
            USING ERRCODE = 'restrict_violation';
    END IF;
    -- Approving is the approver role's: any other login (but the case's owner, who copies approvals already
    -- made when a case is published) is refused by the server, whatever the client.
    IF NEW.state = 'approved'
            AND NOT pg_has_role(session_user, 'ledgerline_approver', 'MEMBER')
            AND NOT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = TG_TABLE_SCHEMA),
                                'MEMBER') THEN
        RAISE EXCEPTION 'approving a compensation needs the ledgerline_approver role; % does not have it', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER compensation_approval_by_another BEFORE INSERT ON compensation_transitions
    FOR EACH ROW EXECUTE FUNCTION approval_by_another();

-- The case's id in case_info is what a location's ?case= is checked against on every open: investigators may change
-- the case's other settings, but nobody changes or removes its identity (a changed id would lock everyone out).
CREATE TRIGGER case_info_id_no_update BEFORE UPDATE ON case_info
    FOR EACH ROW WHEN (OLD.key = 'server_case_id')
    EXECUTE FUNCTION refuse_change('the case id is fixed: case_info server_case_id cannot be updated');
CREATE TRIGGER case_info_id_no_delete BEFORE DELETE ON case_info
    FOR EACH ROW WHEN (OLD.key = 'server_case_id')
    EXECUTE FUNCTION refuse_change('the case id is fixed: case_info server_case_id cannot be deleted');

-- Roles of the server (cluster-wide, made once): investigators read the case and add to it; approvers are
-- investigators who may also approve compensation. Neither may UPDATE, DELETE or TRUNCATE anything but the case's
-- settings, so evidence stays append-only and the audit table insert-only for everyone, on top of the triggers
-- that refuse those statements even to the owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledgerline_investigator') THEN
        CREATE ROLE ledgerline_investigator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledgerline_approver') THEN
        CREATE ROLE ledgerline_approver NOLOGIN IN ROLE ledgerline_investigator;
    END IF;
END;
$$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ledgerline_investigator;
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ledgerline_investigator;
GRANT UPDATE ON case_info TO ledgerline_investigator;
REVOKE INSERT ON flyway_schema_history FROM ledgerline_investigator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ledgerline_investigator;
-- Tables a later version adds get the same grants when its migration creates them.
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT, INSERT ON TABLES TO ledgerline_investigator;
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT USAGE ON SEQUENCES TO ledgerline_investigator;
