package io.ledgerline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ledgerline.analysis.AnalysisJson;
import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.CompromisedAccount;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.RecordedRun;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.CaseFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the account-takeover playbook (suspected takeovers, windows, losses, clusters) "
                + "and record the run in the case.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.ledgerline).")
    Path caseFile;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws JsonProcessingException {
        RecordedRun run;
        try (CaseFile c = CaseFile.open(caseFile)) {
            run = new PlaybookService().analyzeAndRecord(c, PlaybookSettings.defaults(), Progress.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            JsonOutput.print(out, AnalysisJson.of(run.result(), run.id()));
        } else {
            out.println("Analysis run #" + run.id() + " recorded in the case.");
            printText(run.result(), out);
        }
        return LedgerlineCli.OK;
    }

    private static void printText(AnalysisResult r, PrintWriter out) {
        out.printf("Suspected takeovers  %d (in %d clusters)%n", r.compromised().size(), r.clusters().size());
        for (CompromisedAccount a : r.compromised()) {
            out.printf("  %-14s cluster %d  %s .. %s  %d withdrawals  USD %s%s%n", a.accountId(), a.cluster(),
                    a.window().start(), a.window().end(), a.unauthorizedWithdrawals().size(),
                    a.lossUsd() == null ? "unvalued" : a.lossUsd().toPlainString(),
                    a.loss().unvalued().isEmpty() ? "" : "  (" + a.loss().unvalued().size() + " unvalued)");
        }
        out.println("Total loss USD       " + (r.totalLossUsd() == null ? "unvalued" : r.totalLossUsd().toPlainString()));
        out.println("Unsafe disclosures   " + String.join(", ", r.unsafeDisclosures()));
    }
}
