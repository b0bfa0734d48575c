package io.ledgerline.cli;

import io.ledgerline.compensation.RecoveredService;
import io.ledgerline.domain.RecoveredEntry;
import io.ledgerline.store.CaseFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "recovered", mixinStandardHelpOptions = true,
        description = "Record the amount recovered for an account in units of an asset (the whole amount so far; the "
                + "latest entry counts). The compensation workbook nets it off the loss.")
final class RecoveredCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account.")
    String accountId;

    @Option(names = "--asset", required = true, paramLabel = "ASSET", description = "The asset, e.g. BTC.")
    String asset;

    @Option(names = "--amount", required = true, paramLabel = "X", description = "Units recovered, e.g. 0.25.")
    String amount;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (required, not blank).")
    String reason;

    @Mixin
    ProfileOptions profile;

    @Override
    public Integer call() {
        RecoveredEntry e;
        try (CaseFile c = caseArgument.open()) {
            e = new RecoveredService().record(profile.trail(c), accountId, asset, amount, reason);
        }
        spec.commandLine().getOut().printf("Recovered #%d recorded: %s %s %s by %s at %s.%n", e.id(), e.accountId(),
                e.amount().toPlainString(), e.asset(), e.investigator(), e.enteredAt());
        return LedgerlineCli.OK;
    }
}
