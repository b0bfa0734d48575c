package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.COMPENSATION_PROPOSALS;
import static io.ledgerline.store.jooq.Tables.COMPENSATION_TRANSITIONS;

import io.ledgerline.store.jooq.tables.records.CompensationProposalsRecord;
import io.ledgerline.store.jooq.tables.records.CompensationTransitionsRecord;
import java.util.List;
import org.jooq.DSLContext;

/** Compensation proposals and their state transitions (both append-only). */
public final class ProposalStore {

    /** A proposal as stored: its figures and policy as canonical JSON, who proposed it (key id) and why. */
    public record StoredProposal(long id, String accountId, Long supersedes, String policyJson, String figuresJson,
            String proposedAt, String keyId, String reason) {
    }

    /** A move of a proposal to {@code state} (approved, returned, paid). */
    public record StoredTransition(long id, long proposalId, String state, String at, String keyId, String reason,
            String reference) {
    }

    private final CaseFile caseFile;

    public ProposalStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public static WrittenRow add(Tx tx, StoredProposal p) {
        CompensationProposalsRecord row = tx.dsl().insertInto(COMPENSATION_PROPOSALS)
                .set(COMPENSATION_PROPOSALS.ACCOUNT_ID, p.accountId())
                .set(COMPENSATION_PROPOSALS.SUPERSEDES, p.supersedes() == null ? null : p.supersedes().intValue())
                .set(COMPENSATION_PROPOSALS.POLICY_JSON, p.policyJson())
                .set(COMPENSATION_PROPOSALS.FIGURES_JSON, p.figuresJson())
                .set(COMPENSATION_PROPOSALS.PROPOSED_AT, p.proposedAt())
                .set(COMPENSATION_PROPOSALS.KEY_ID, p.keyId())
                .set(COMPENSATION_PROPOSALS.REASON, p.reason())
                .returning().fetchOne();
        return new WrittenRow(COMPENSATION_PROPOSALS.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    public static WrittenRow transition(Tx tx, StoredTransition t) {
        CompensationTransitionsRecord row = tx.dsl().insertInto(COMPENSATION_TRANSITIONS)
                .set(COMPENSATION_TRANSITIONS.PROPOSAL_ID, (int) t.proposalId())
                .set(COMPENSATION_TRANSITIONS.STATE, t.state())
                .set(COMPENSATION_TRANSITIONS.AT, t.at())
                .set(COMPENSATION_TRANSITIONS.KEY_ID, t.keyId())
                .set(COMPENSATION_TRANSITIONS.REASON, t.reason())
                .set(COMPENSATION_TRANSITIONS.REFERENCE, t.reference())
                .returning().fetchOne();
        return new WrittenRow(COMPENSATION_TRANSITIONS.getName(), String.valueOf(row.getId()), row.intoMap());
    }

    /** Every proposal, oldest first. */
    public List<StoredProposal> proposals() {
        return proposals(caseFile.dsl());
    }

    /** Every proposal, oldest first, as seen inside {@code tx}. */
    public static List<StoredProposal> proposals(Tx tx) {
        return proposals(tx.dsl());
    }

    public List<StoredTransition> transitions() {
        return transitions(caseFile.dsl());
    }

    public static List<StoredTransition> transitions(Tx tx) {
        return transitions(tx.dsl());
    }

    private static List<StoredProposal> proposals(DSLContext dsl) {
        return dsl.selectFrom(COMPENSATION_PROPOSALS).orderBy(COMPENSATION_PROPOSALS.ID).fetch(r -> new StoredProposal(
                r.getId(), r.getAccountId(), r.getSupersedes() == null ? null : r.getSupersedes().longValue(),
                r.getPolicyJson(), r.getFiguresJson(), r.getProposedAt(), r.getKeyId(), r.getReason()));
    }

    private static List<StoredTransition> transitions(DSLContext dsl) {
        return dsl.selectFrom(COMPENSATION_TRANSITIONS).orderBy(COMPENSATION_TRANSITIONS.ID)
                .fetch(r -> new StoredTransition(r.getId(), r.getProposalId(), r.getState(), r.getAt(), r.getKeyId(),
                        r.getReason(), r.getReference()));
    }
}
