package io.ledgerline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.CaseLocation;
import io.ledgerline.store.CaseSummary;
import io.ledgerline.store.CaseSummaryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show what a case holds: counts, and each import with its files' SHA-256.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws JsonProcessingException {
        CaseSummary summary;
        CaseLocation path;
        try (CaseFile c = caseArgument.open()) {
            summary = new CaseSummaryStore(c).summary();
            path = c.location();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled) {
            JsonOutput.print(out, toJson(path, summary));
        } else {
            printText(path, summary, out);
        }
        return LedgerlineCli.OK;
    }

    static Map<String, Object> toJson(CaseLocation path, CaseSummary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("case", path.toString());
        root.put("accounts", s.accounts());
        root.put("events", s.events());
        root.put("events_by_type", s.eventsByType());
        root.put("legal_requests", s.legalRequests());
        root.put("prices", s.prices());
        root.put("quarantined_rows", s.quarantinedRows());
        root.put("imports", s.imports().stream().map(InfoCommand::importJson).toList());
        return root;
    }

    private static Map<String, Object> importJson(CaseSummary.ImportRecord i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("bundle", i.bundleName());
        m.put("case_id", i.caseId());
        m.put("imported_at", i.importedAt());
        m.put("mode", i.mode());
        m.put("tool_version", i.toolVersion());
        List<Map<String, Object>> files = i.files().stream().map(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.fileName());
            fm.put("kind", f.kind());
            fm.put("sha256", f.sha256());
            fm.put("size_bytes", f.sizeBytes());
            fm.put("rows", f.rows());
            fm.put("rows_imported", f.rowsImported());
            fm.put("duplicates", f.duplicates());
            fm.put("warnings", f.warnings());
            fm.put("quarantined", f.quarantined());
            return fm;
        }).toList();
        m.put("files", files);
        return m;
    }

    private static void printText(CaseLocation path, CaseSummary s, PrintWriter out) {
        out.println("Case            " + path);
        out.printf("Accounts        %,d%n", s.accounts());
        out.printf("Events          %,d%n", s.events());
        s.eventsByType().forEach((type, n) -> out.printf("  %-22s %,10d%n", type, n));
        out.printf("Legal requests  %,d%n", s.legalRequests());
        out.printf("Prices          %,d%n", s.prices());
        out.printf("Quarantined     %,d%n", s.quarantinedRows());
        out.println("Imports");
        for (CaseSummary.ImportRecord i : s.imports()) {
            out.printf("  #%d %s  %s  %s  Ledgerline %s%n", i.id(), i.bundleName(), i.importedAt(), i.mode(),
                    i.toolVersion());
            i.files().forEach(f -> out.printf("    %-22s %,10d rows  sha256 %s%n", f.fileName(), f.rows(),
                    f.sha256()));
        }
    }
}
