package io.ledgerline.report;

import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.compensation.Compensation;
import io.ledgerline.domain.Account;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.store.CaseHeader;
import io.ledgerline.store.CaseSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a workbook shows, read from the case before writing starts (the timeline excepted: it streams).
 *
 * @param runId       the recorded analysis run the report uses
 * @param accounts    the reviewed accounts' export rows, by id
 * @param generatedAt the report's time stamp (UTC)
 */
public record ReportData(CaseHeader header, long runId, ReviewedResult reviewed, Filing filing,
        Map<String, Account> accounts, List<LegalRequest> legalRequests, List<CaseSummary.ImportRecord> custody,
        List<Indicator> indicators, Compensation compensation, IncidentFacts incident, TimelineRows timeline,
        Instant generatedAt, String investigator, String toolVersion) {

    public AnalysisResult run() {
        return reviewed.result();
    }

    /** The case id of the export, or the case file's name for a case without one. */
    public String caseId() {
        return header.caseId() == null ? "(no case id)" : header.caseId();
    }
}
