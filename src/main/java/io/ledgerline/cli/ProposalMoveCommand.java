package io.ledgerline.cli;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.store.CaseFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What approve, return and paid share: the case, the account, who acts, and printing the proposal moved. */
abstract class ProposalMoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account.")
    String accountId;

    @Mixin
    ProfileOptions profile;

    abstract Proposal move(CompensationService service, AuditTrail trail);

    @Override
    public Integer call() {
        Proposal proposal;
        try (CaseFile c = caseArgument.open()) {
            proposal = move(new CompensationService(), profile.trail(c));
        }
        ProposalCommands.print(spec.commandLine().getOut(), proposal);
        return LedgerlineCli.OK;
    }
}
