package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.QUARANTINE;

import java.util.List;

/** The quarantined rows of a case, in the order they were set aside. */
public final class QuarantineStore {

    private final CaseFile caseFile;

    public QuarantineStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public List<QuarantinedRow> list(int offset, int limit) {
        return caseFile.dsl().selectFrom(QUARANTINE).orderBy(QUARANTINE.ID).limit(limit).offset(offset)
                .fetch(r -> new QuarantinedRow(r.getFileName(), r.getLine(), r.getReasons(), r.getRaw()));
    }
}
