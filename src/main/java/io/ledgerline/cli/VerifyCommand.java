package io.ledgerline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ledgerline.audit.Finding;
import io.ledgerline.audit.VerifyReport;
import io.ledgerline.audit.VerifyService;
import io.ledgerline.store.CaseFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that the case is as its investigators left it: storage integrity, evidence seals, "
                + "the signed audit chain, audited rows, four-eyes approvals and report digests. Exit 0 when all "
                + "hold, 1 with each finding.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    JsonOutput json;

    @Option(names = "--report", paramLabel = "FILE",
            description = "A report generated from this case, checked against its recorded sha256 (repeatable).")
    List<Path> reports = new ArrayList<>();

    @Override
    public Integer call() throws JsonProcessingException {
        VerifyReport report;
        try (CaseFile c = caseArgument.open()) {
            report = new VerifyService().verify(c, reports);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            JsonOutput.print(out, toJson(report));
        } else {
            printText(report, out);
        }
        return report.holds() ? LedgerlineCli.OK : LedgerlineCli.REFUSED;
    }

    static void printText(VerifyReport report, PrintWriter out) {
        out.printf("%s: %d audit entries, %d investigators: %s%n", report.caseName(), report.entries(),
                report.investigators().size(), String.join(", ", report.investigators()));
        out.println("Checks: " + String.join(", ", report.checks()));
        for (Finding f : report.findings()) {
            out.println("FINDING " + f.line());
        }
        out.println(report.holds() ? "All checks hold." : report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s") + ".");
    }

    private static Map<String, Object> toJson(VerifyReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("case", report.caseName());
        json.put("holds", report.holds());
        json.put("checks", report.checks());
        json.put("audit_entries", report.entries());
        json.put("investigators", report.investigators());
        json.put("findings", report.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", f.check());
            m.put("table", f.table());
            m.put("row", f.row());
            m.put("message", f.message());
            return m;
        }).toList());
        return json;
    }
}
