package io.ledgerline.audit;

import io.ledgerline.store.CaseFile;
import java.util.List;

/** One of verify's checks: reads the case, adds a finding for each thing that does not hold. */
interface CaseCheck {

    String name();

    void run(CaseFile caseFile, List<Finding> findings);
}
