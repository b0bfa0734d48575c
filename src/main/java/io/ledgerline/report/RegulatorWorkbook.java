package io.ledgerline.report;

import io.ledgerline.domain.Progress;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.store.CaseFile;
import io.ledgerline.whatif.RemediationTable;
import java.util.TreeSet;

/** The regulator filing's sheets, in the order a reader meets them. */
final class RegulatorWorkbook {

    private RegulatorWorkbook() {
    }

    static void write(WorkbookWriter workbook, ReportData data, RemediationTable remediation,
            AccountPictures pictures, CaseFile caseFile, Progress progress) {
        TreeSet<String> ids = new TreeSet<>(data.accounts().keySet());
        data.reviewed().accounts().forEach(a -> ids.add(a.accountId()));
        data.legalRequests().forEach(r -> ids.addAll(r.accountIds()));
        data.indicators().forEach(i -> ids.addAll(i.accounts()));
        AccountMask mask = AccountMask.of(ids);
        CoverSheet.write(workbook, data);
        SummarySheet.write(workbook, data);
        DoraSheet.write(workbook, data);
        AffectedAccountsSheet.write(workbook, data, mask, pictures, caseFile);
        progress.checkCancelled();
        TimelineSheet.write(workbook, data, mask);
        progress.checkCancelled();
        LegalRequestsSheet.write(workbook, data, mask);
        IndicatorsSheet.write(workbook, data, mask);
        CustodyLossSheet.write(workbook, data, mask);
        DataBreachSheet.write(workbook, data);
        RemediationSheet.write(workbook, data, remediation);
        ChainOfCustodySheet.write(workbook, data);
        MethodologySheet.write(workbook, data);
    }
}
