package io.ledgerline.demo;

import java.io.IOException;

/** legal_requests.csv: the planted forged and unverified requests beside real agencies' verified ones. */
final class LegalRequestsFile {

    private LegalRequestsFile() {
    }

    static BundleFile write(BundleTarget target, AttackPlan plan) throws IOException {
        CsvSink sink = new CsvSink(BundleLayout.LEGAL_REQUESTS, target.create(BundleLayout.LEGAL_REQUESTS),
                BundleLayout.LEGAL_REQUEST_COLUMNS);
        for (LegalRequestRow r : plan.requests) {
            sink.row(r.requestId(), Rfc3339.format(r.receivedAt(), r.offset()), r.agency(), r.jurisdiction(),
                    r.documentRef(), r.requestedData(), String.join(";", r.accountIds()),
                    r.disclosedAt() == null ? null : Rfc3339.format(r.disclosedAt(), r.offset()),
                    r.verification().code(), r.notes());
        }
        return sink.finish();
    }
}
