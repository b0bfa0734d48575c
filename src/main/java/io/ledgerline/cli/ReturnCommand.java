package io.ledgerline.cli;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "return", mixinStandardHelpOptions = true,
        description = "Return the account's current proposal to its proposer, with why.")
final class ReturnCommand extends ProposalMoveCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it goes back (required).")
    String reason;

    @Override
    Proposal move(CompensationService service, AuditTrail trail) {
        return service.returnProposal(trail, accountId, reason);
    }
}
