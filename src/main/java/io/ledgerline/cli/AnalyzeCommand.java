package io.ledgerline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ledgerline.analysis.AnalysisJson;
import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.CompromisedAccount;
import io.ledgerline.analysis.Disagreement;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.RecordedRun;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the account-takeover playbook (suspected takeovers, windows, losses, clusters) "
                + "and record the run in the case.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    JsonOutput json;

    @Mixin
    PlaybookOptions playbook;

    @Mixin
    ProfileOptions profile;

    @Override
    public Integer call() throws JsonProcessingException {
        RecordedRun run;
        ReviewedResult reviewed;
        try (CaseFile c = caseArgument.open()) {
            run = new PlaybookService().analyzeAndRecord(profile.trail(c), playbook.settings(), Progress.NONE);
            reviewed = new ReviewService().review(c, run.result());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            JsonOutput.print(out, AnalysisJson.of(reviewed, run.id()));
        } else {
            out.println("Analysis run #" + run.id() + " recorded in the case.");
            printText(reviewed, out);
        }
        return LedgerlineCli.OK;
    }

    private static void printText(ReviewedResult reviewed, PrintWriter out) {
        AnalysisResult r = reviewed.result();
        out.printf("Suspected takeovers  %d (in %d clusters)%n", r.compromised().size(), r.clusters().size());
        for (ReviewedAccount a : reviewed.accounts()) {
            CompromisedAccount p = a.proposal();
            out.printf("  %-14s %-10s %s  %s  %d withdrawals  USD %s%s%n", a.accountId(), a.status().code(),
                    p == null ? "not suspected" : "cluster " + p.cluster(),
                    p == null ? "window unknown" : p.window().start() + " .. " + p.window().end(),
                    a.unauthorizedWithdrawals().size(), usd(a.loss().usd()),
                    a.loss().unvalued().isEmpty() ? "" : "  (" + a.loss().unvalued().size() + " unvalued)");
        }
        out.println("Total loss USD       " + usd(r.totalLossUsd()));
        out.println("Reviewed loss USD    " + usd(reviewed.totalLossUsd()) + "  (rejected accounts left out)");
        out.println("Unsafe disclosures   " + String.join(", ", r.unsafeDisclosures()));
        for (Disagreement d : reviewed.disagreements()) {
            out.printf("Disagreement         %s%s: %s (decision #%d)%n", d.accountId(),
                    d.eventId() == null ? "" : " " + d.eventId(), d.kind().code(), d.decisionId());
        }
    }

    private static String usd(BigDecimal value) {
        return value == null ? "unvalued" : value.toPlainString();
    }
}
