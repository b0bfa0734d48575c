package io.ledgerline.report;

import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.store.CaseFile;
import java.util.Optional;

/**
 * A PNG of one account's timeline for the Affected accounts sheet, showing the findings of the run the report uses
 * ({@link TimelinePictures}); tests pass their own. Called on the report's worker thread.
 */
@FunctionalInterface
public interface AccountPictures {

    /** No pictures: every account's cell says "timeline picture not available". */
    AccountPictures NONE = (caseFile, account, settings) -> Optional.empty();

    /**
     * @param account  the account as reviewed in the report's run
     * @param settings that run's playbook settings (its rule marks)
     */
    Optional<byte[]> png(CaseFile caseFile, ReviewedAccount account, PlaybookSettings settings);
}
