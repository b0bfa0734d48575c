package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.AUDIT_LOG;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.store.jooq.tables.records.AuditLogRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The case's audit trail as stored (append-only: the schema refuses updates and deletes). */
public final class AuditLogStore {

    private final CaseFile caseFile;

    public AuditLogStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The last entry, read inside {@code tx} so the next one chains to it; empty for a new trail. */
    public static Optional<AuditEntry> last(Tx tx) {
        return tx.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1).fetchOptional(AuditLogStore::entry);
    }

    public static void append(Tx tx, AuditEntry e) {
        tx.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SEQ, (int) e.seq())
                .set(AUDIT_LOG.AT, e.at().toString())
                .set(AUDIT_LOG.KEY_ID, e.keyId())
                .set(AUDIT_LOG.INVESTIGATOR, e.investigator())
                .set(AUDIT_LOG.ACTION, e.action())
                .set(AUDIT_LOG.OBJECT_TYPE, e.objectType())
                .set(AUDIT_LOG.OBJECT_ID, e.objectId())
                .set(AUDIT_LOG.ACCOUNT_ID, e.accountId())
                .set(AUDIT_LOG.BEFORE_JSON, e.beforeJson())
                .set(AUDIT_LOG.AFTER_JSON, e.afterJson())
                .set(AUDIT_LOG.REASON, e.reason())
                .set(AUDIT_LOG.PREV_HASH, e.prevHash())
                .set(AUDIT_LOG.HASH, e.hash())
                .set(AUDIT_LOG.SIGNATURE, e.signature())
                .execute();
    }

    /** Every entry in the order stored (by seq), as verify reads them. */
    public List<AuditEntry> entries() {
        return caseFile.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch(AuditLogStore::entry);
    }

    /**
     * The entries matching every given filter (a null filter matches all), newest first, at most {@code limit}.
     *
     * @param account an account id; entries of that account
     * @param keyId   entries signed with that key
     * @param action  entries of that action
     */
    public List<AuditEntry> entries(String keyId, String action, String account, int limit) {
        Condition where = DSL.trueCondition();
        if (keyId != null) {
            where = where.and(AUDIT_LOG.KEY_ID.eq(keyId));
        }
        if (action != null) {
            where = where.and(AUDIT_LOG.ACTION.eq(action));
        }
        if (account != null) {
            where = where.and(AUDIT_LOG.ACCOUNT_ID.eq(account));
        }
        return caseFile.dsl().selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.SEQ.desc()).limit(limit)
                .fetch(AuditLogStore::entry);
    }

    /**
     * The seq of the newest entry, 0 for an empty trail: one index look-up, so an open shared case can ask it every
     * few seconds to learn whether anyone changed the case.
     */
    public long latestSeq() {
        Integer seq = caseFile.dsl().select(DSL.max(AUDIT_LOG.SEQ)).from(AUDIT_LOG).fetchOne(0, Integer.class);
        return seq == null ? 0 : seq;
    }

    /** The entries after {@code seq}, oldest first, at most {@code limit}. */
    public List<AuditEntry> entriesAfter(long seq, int limit) {
        return caseFile.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.gt((int) seq)).orderBy(AUDIT_LOG.SEQ)
                .limit(limit).fetch(AuditLogStore::entry);
    }

    /** The distinct actions in the trail, sorted, for filter choices. */
    public List<String> actions() {
        return caseFile.dsl().selectDistinct(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTION)
                .fetch(AUDIT_LOG.ACTION);
    }

    /**
     * A stored time; text that is no time (only an edit behind the tool's back writes one) reads as the epoch, which
     * then fails the entry's hash, so verify names the entry instead of failing to read the trail.
     */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }

    private static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(r.getSeq(), instant(r.getAt()), r.getKeyId(), r.getInvestigator(), r.getAction(),
                r.getObjectType(), r.getObjectId(), r.getAccountId(), r.getBeforeJson(), r.getAfterJson(),
                r.getReason(), r.getPrevHash(), r.getHash(), r.getSignature());
    }
}
