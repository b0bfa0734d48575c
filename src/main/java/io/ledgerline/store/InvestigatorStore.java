package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.INVESTIGATORS;

import io.ledgerline.domain.Investigator;
import io.ledgerline.store.jooq.tables.records.InvestigatorsRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The investigators registered in a case (append-only). */
public final class InvestigatorStore {

    private final CaseFile caseFile;

    public InvestigatorStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public static Optional<Investigator> find(Tx tx, String keyId) {
        return tx.dsl().selectFrom(INVESTIGATORS).where(INVESTIGATORS.KEY_ID.eq(keyId))
                .fetchOptional(InvestigatorStore::investigator);
    }

    /** Registers {@code investigator}; returns the row as written. */
    public static WrittenRow register(Tx tx, Investigator investigator) {
        InvestigatorsRecord row = tx.dsl().insertInto(INVESTIGATORS)
                .set(INVESTIGATORS.KEY_ID, investigator.keyId())
                .set(INVESTIGATORS.NAME, investigator.name())
                .set(INVESTIGATORS.PUBLIC_KEY, investigator.publicKey())
                .set(INVESTIGATORS.REGISTERED_AT, investigator.registeredAt().toString())
                .returning().fetchOne();
        return new WrittenRow(INVESTIGATORS.getName(), row.getKeyId(), row.intoMap());
    }

    /** Everyone registered, in order of registration. */
    public List<Investigator> all() {
        return caseFile.dsl().selectFrom(INVESTIGATORS).orderBy(INVESTIGATORS.REGISTERED_AT, INVESTIGATORS.KEY_ID)
                .fetch(InvestigatorStore::investigator);
    }

    private static Investigator investigator(InvestigatorsRecord r) {
        Instant at;
        try {
            at = Instant.parse(r.getRegisteredAt());
        } catch (java.time.format.DateTimeParseException e) {
            at = Instant.EPOCH; // only an edit behind the tool's back writes this; verify reports the row
        }
        return new Investigator(r.getKeyId(), r.getName(), r.getPublicKey(), at);
    }
}
