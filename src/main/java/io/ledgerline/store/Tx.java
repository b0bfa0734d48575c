package io.ledgerline.store;

import org.jooq.DSLContext;

/**
 * One open write transaction on a case ({@link CaseFile#write}), handed to the stores' writing methods so that a change
 * and its audit entry are written together or not at all. Valid only inside the work it was given to.
 */
public final class Tx {

    private final DSLContext dsl;

    Tx(DSLContext dsl) {
        this.dsl = dsl;
    }

    DSLContext dsl() {
        return dsl;
    }
}
