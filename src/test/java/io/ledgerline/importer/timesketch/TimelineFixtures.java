package io.ledgerline.importer.timesketch;

import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.AccountStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.StoredEvent;
import io.ledgerline.testing.BundleBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Cases and sample timelines for the Timesketch tests. */
final class TimelineFixtures {

    private TimelineFixtures() {
    }

    /** The four real Timesketch samples (see SOURCE.txt beside them), copied out of the test resources. */
    static Path sample(String name, Path dir) {
        try (InputStream in = TimelineFixtures.class.getResourceAsStream(name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case holding the whole test bundle: accounts ACC-1 and ACC-2, events E1, E2 (ACC-1) and E3 (ACC-2). */
    static CaseFile caseWithBundle(Path dir, String name) {
        CaseFile caseFile = CaseFile.create(dir.resolve(name + ".ledgerline"));
        importBundle(caseFile, BundleBuilder.valid().writeFolder(dir.resolve(name + "-bundle")));
        return caseFile;
    }

    /** A case holding the test bundle's accounts and nothing else. */
    static CaseFile caseWithAccountsOnly(Path dir, String name) {
        CaseFile caseFile = CaseFile.create(dir.resolve(name + ".ledgerline"));
        importBundle(caseFile, BundleBuilder.valid().file("events.csv", BundleBuilder.EVENTS_HEADER)
                .without("legal_requests.csv").without("prices.csv").writeFolder(dir.resolve(name + "-bundle")));
        return caseFile;
    }

    private static void importBundle(CaseFile caseFile, Path bundle) {
        new ImportService().importBundle(bundle, caseFile, ImportOptions.STRICT, Progress.NONE);
    }

    static List<StoredEvent> events(CaseFile caseFile, String accountId) {
        return new AccountStore(caseFile).events(accountId, 0, 1_000);
    }
}
