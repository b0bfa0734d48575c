package io.ledgerline.audit;

import java.util.List;

/**
 * What {@code verify} found: the checks run, and every finding. The case holds when there is none.
 *
 * @param entries       audit entries read
 * @param investigators registered investigators as "name (fingerprint)", for comparing with their profiles
 */
public record VerifyReport(String caseName, List<String> checks, List<Finding> findings, long entries,
        List<String> investigators) {

    public VerifyReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        investigators = List.copyOf(investigators);
    }

    public boolean holds() {
        return findings.isEmpty();
    }
}
