package io.ledgerline.cli;

import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.compensation.CompensationPolicy;
import io.ledgerline.compensation.CompensationService;
import io.ledgerline.compensation.Proposal;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "propose", mixinStandardHelpOptions = true,
        description = "Propose the compensation of a confirmed takeover from its reviewed loss, under a policy; "
                + "supersedes the account's current proposal unless it is paid.")
final class ProposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account to compensate.")
    String accountId;

    @Option(names = "--policy", paramLabel = "in-kind|usd", defaultValue = "in-kind",
            description = "in-kind: each asset's net units back (default); usd: the net loss at the USD price of "
                    + "the time of loss.")
    String policy;

    @Option(names = "--cap-usd", paramLabel = "AMOUNT", description = "Cap the compensation at this many USD.")
    BigDecimal capUsd;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "Compensation of the confirmed takeover's "
            + "reviewed loss.", description = "Why (default: ${DEFAULT-VALUE}).")
    String reason;

    @Mixin
    PlaybookOptions playbook;

    @Mixin
    ProfileOptions profile;

    @Override
    public Integer call() {
        if (capUsd != null && capUsd.signum() <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--cap-usd must be a positive amount of USD, not " + capUsd.toPlainString() + ".");
        }
        CompensationPolicy chosen = new CompensationPolicy(kind(), capUsd);
        Proposal proposal;
        try (CaseFile c = caseArgument.open()) {
            AnalysisResult run = new PlaybookService().analyze(c, playbook.settings(), Progress.NONE);
            proposal = new CompensationService().propose(profile.trail(c), new ReviewService().review(c, run),
                    accountId, chosen, reason);
        }
        ProposalCommands.print(spec.commandLine().getOut(), proposal);
        return LedgerlineCli.OK;
    }

    private CompensationPolicy.Kind kind() {
        return switch (policy) {
            case "in-kind" -> CompensationPolicy.Kind.IN_KIND;
            case "usd" -> CompensationPolicy.Kind.USD;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--policy is in-kind or usd, not " + policy);
        };
    }
}
