package io.ledgerline.cli;

import io.ledgerline.analysis.ReviewService;
import io.ledgerline.domain.DecisionKind;
import io.ledgerline.domain.RecordedDecision;
import io.ledgerline.domain.ReviewDecision;
import io.ledgerline.store.CaseFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Record an investigator's decision on a suspected account or one of its withdrawals. "
                + "Decisions are kept across analysis runs; a later one on the same account or withdrawal counts.")
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account decided on.")
    String accountId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (required, not blank).")
    String reason;

    @Mixin
    ProfileOptions profile;

    static final class Action {
        @Option(names = "--confirm", required = true, description = "Confirm the account was taken over.")
        boolean confirm;

        @Option(names = "--reject", required = true, description = "Reject the suspected takeover.")
        boolean reject;

        @Option(names = "--add-withdrawal", required = true, paramLabel = "EVENT",
                description = "Add this withdrawal of the account to the unauthorized set.")
        String add;

        @Option(names = "--remove-withdrawal", required = true, paramLabel = "EVENT",
                description = "Remove this withdrawal from the unauthorized set.")
        String remove;

        DecisionKind kind() {
            if (confirm) {
                return DecisionKind.CONFIRM_ACCOUNT;
            }
            if (reject) {
                return DecisionKind.REJECT_ACCOUNT;
            }
            return add != null ? DecisionKind.ADD_WITHDRAWAL : DecisionKind.REMOVE_WITHDRAWAL;
        }

        String eventId() {
            return add != null ? add : remove;
        }
    }

    @Override
    public Integer call() {
        RecordedDecision recorded;
        try (CaseFile c = caseArgument.open()) {
            recorded = new ReviewService().decide(profile.trail(c),
                    new ReviewDecision(null, accountId, action.kind(), action.eventId(), reason));
        }
        ReviewDecision decision = recorded.decision();
        spec.commandLine().getOut().printf("Decision #%d recorded: %s %s%s by %s at %s.%n", recorded.id(),
                decision.kind().code(), decision.accountId(),
                decision.eventId() == null ? "" : " " + decision.eventId(), decision.investigator(),
                recorded.decidedAt());
        return LedgerlineCli.OK;
    }
}
