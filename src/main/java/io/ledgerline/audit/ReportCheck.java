package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Report files given to verify against the reports the trail records: an entry of action
 * {@link AuditActions#REPORT_GENERATE} whose
 * "after" holds the report's {@code sha256}. A file that matches none was not generated from this case, or was edited.
 */
final class ReportCheck implements CaseCheck {

    private final List<Path> reports;

    ReportCheck(List<Path> reports) {
        this.reports = List.copyOf(reports);
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        if (reports.isEmpty()) {
            return;
        }
        List<AuditEntry> generated = new AuditLogStore(caseFile).entries().stream()
                .filter(e -> AuditActions.REPORT_GENERATE.equals(e.action())).toList();
        generated.stream().filter(e -> AfterValue.of(e).isEmpty()).forEach(e -> findings.add(new Finding(name(),
                "audit_log", "seq " + e.seq(), "a recorded report whose after value is missing or unreadable")));
        for (Path report : reports) {
            String sha = sha256(report);
            boolean recorded = generated.stream()
                    .anyMatch(e -> AfterValue.of(e).map(after -> sha.equals(after.get("sha256"))).orElse(false));
            if (!recorded) {
                findings.add(new Finding(name(), "audit_log", report.getFileName().toString(), "sha256 " + sha
                        + " matches no report recorded in the audit trail (" + generated.size() + " recorded)"));
            }
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance(
                "SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new LedgerlineException("Cannot read the report " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
