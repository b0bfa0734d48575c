package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Verification;
import io.ledgerline.store.EvidenceTable;
import java.util.Arrays;
import java.util.List;

/** legal_requests.csv rows; account_ids is split on ';'. */
final class LegalRequestMapper implements RowMapper<LegalRequest> {

    @Override
    public LegalRequest map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings) {
        List<String> accountIds = Arrays.stream(row.text("account_ids").split(";")).map(String::strip).toList();
        return new LegalRequest(row.text("request_id"), row.instant("received_at"), row.text("received_at"),
                row.text("agency"), row.text("jurisdiction"), row.text("document_ref"), row.text("requested_data"),
                accountIds, row.text("account_ids"), row.instant("disclosed_at"), row.text("disclosed_at"),
                Verification.parse(row.text("verification")).orElseThrow(), row.text("notes"), row.extra(),
                row.line());
    }

    @Override
    public EvidenceTable<LegalRequest> table() {
        return EvidenceTable.LEGAL_REQUESTS_TABLE;
    }
}
