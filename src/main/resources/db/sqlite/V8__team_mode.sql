-- Issue #11, team mode. The four-eyes rule of compensation, stated by the database as well as by the tool: the
-- investigator who proposed a compensation cannot approve it. The PostgreSQL migration V8 states the same rule and
-- adds the server's roles.
CREATE TRIGGER compensation_approval_by_another BEFORE INSERT ON compensation_transitions
WHEN NEW.state = 'approved'
    AND NEW.key_id = (SELECT key_id FROM compensation_proposals WHERE id = NEW.proposal_id)
BEGIN SELECT RAISE(ABORT, 'approval needs a second investigator: the proposer cannot approve their own proposal'); END;
