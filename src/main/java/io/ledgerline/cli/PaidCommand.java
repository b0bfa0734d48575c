package io.ledgerline.cli;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "paid", mixinStandardHelpOptions = true,
        description = "Record that the account's approved proposal was paid.")
final class PaidCommand extends ProposalMoveCommand {

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "The payout's reference (required).")
    String reference;

    @Override
    Proposal move(CompensationService service, AuditTrail trail) {
        return service.paid(trail, accountId, reference);
    }
}
