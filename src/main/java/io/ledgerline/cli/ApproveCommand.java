package io.ledgerline.cli;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve the account's current compensation proposal. Needs a second investigator: your key must differ from the proposer's.")
final class ApproveCommand extends ProposalMoveCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is approved (required).")
    String reason;

    @Override
    Proposal move(CompensationService service, AuditTrail trail) {
        return service.approve(trail, accountId, reason);
    }
}
