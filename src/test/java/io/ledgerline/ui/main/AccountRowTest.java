package io.ledgerline.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.analysis.ReviewService;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.AccountStore;
import io.ledgerline.store.CaseFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts table leads with the playbook's findings: no toolkit needed to check its order. */
class AccountRowTest {

    @TempDir
    Path dir;

    @Test
    void suspectedTakeoversComeFirstByClusterThenEveryOtherAccount() {
        DemoSummary demo = new DemoGenerator().write(dir.resolve("bundle"), DemoOptions.folder(0.2, 1),
                Progress.NONE);
        List<AccountRow> rows;
        try (CaseFile c = CaseFile.create(dir.resolve("demo.ledgerline"))) {
            new ImportService().importBundle(demo.bundle(), c, ImportOptions.STRICT, Progress.NONE);
            rows = AccountRow.of(new AccountStore(c).overview(), new ReviewService().review(c,
                    new PlaybookService().analyze(c, PlaybookSettings.defaults(), Progress.NONE)));
        }
        int victims = demo.victims().size();
        Set<String> suspected = rows.subList(0, victims).stream().map(AccountRow::accountId)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(demo.victimAccountIds()), suspected);
        assertTrue(rows.subList(0, victims).stream().allMatch(AccountRow::suspected));
        assertFalse(rows.get(victims).suspected());
        assertTrue(rows.subList(0, victims).stream().allMatch(r -> r.reviewStatus().equals("unreviewed")),
                "no decision recorded yet");
        for (int i = 1; i < victims; i++) {
            assertTrue(rows.get(i - 1).finding().cluster() <= rows.get(i).finding().cluster(), "by cluster");
        }
    }
}
