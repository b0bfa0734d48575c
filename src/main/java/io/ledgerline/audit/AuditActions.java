package io.ledgerline.audit;

/**
 * The audit actions verify reads by name, in one place: the services that write them use these constants, the checks
 * read them.
 */
public final class AuditActions {

    public static final String PROPOSAL_PROPOSE = "proposal.propose";
    public static final String PROPOSAL_APPROVE = "proposal.approve";
    /** A generated report; the entry's "after" carries the report's {@code sha256} (lower-case hex). */
    public static final String REPORT_GENERATE = "report.generate";

    private AuditActions() {
    }
}
