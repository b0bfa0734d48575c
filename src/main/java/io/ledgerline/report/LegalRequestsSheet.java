package io.ledgerline.report;

import io.ledgerline.domain.LegalRequest;
import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Every legal request of the case as exported: who asked, under which document, what was released and when. */
final class LegalRequestsSheet {

    private LegalRequestsSheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data, AccountMask mask) {
        List<Column<LegalRequest>> columns = List.of(
                Column.text("Request id", 16, LegalRequest::requestId),
                Column.text("Agency", 36, LegalRequest::agency),
                Column.text("Jurisdiction", 12, LegalRequest::jurisdiction),
                Column.text("Document ref", 24, LegalRequest::documentRef),
                Column.wrap("Requested data", 30, LegalRequest::requestedData),
                Column.of("Received (UTC)", CellKind.DATETIME, LegalRequest::receivedAt),
                Column.of("Disclosed (UTC)", CellKind.DATETIME, r -> r.disclosedAt() == null ? "not disclosed"
                        : r.disclosedAt()),
                Column.text("Verification", 12, r -> r.verification().code()),
                Column.text("Unsafe disclosure (R4)", 12, r -> data.run().unsafeDisclosures()
                        .contains(r.requestId()) ? "yes" : ""),
                Column.wrap("Accounts (masked)", 30, r -> r.accountIds().stream().map(mask::of)
                        .collect(Collectors.joining(", "))),
                Column.wrap("Notes", 40, LegalRequest::notes));
        Table<LegalRequest> t = workbook.sheet("Legal requests", "Legal requests for customer data",
                        ReportText.subtitle(data))
                .note("As exported by the exchange; verification is the exchange's own judgement of authenticity.")
                .table(columns);
        data.legalRequests().forEach(t::add);
        t.finish();
    }
}
