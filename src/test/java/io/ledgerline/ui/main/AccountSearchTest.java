package io.ledgerline.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.AccountLoss;
import io.ledgerline.analysis.CompromiseWindow;
import io.ledgerline.analysis.CompromisedAccount;
import io.ledgerline.analysis.ReviewStatus;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.store.AccountOverview;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AccountSearchTest {

    private static final AccountRow PLAIN = new AccountRow(
            new AccountOverview("ACC-100001", "DE", "active", 10, null, null), null);

    @Test
    void emptySearchShowsEveryAccount() {
        assertTrue(AccountSearch.matching("").test(PLAIN));
        assertTrue(AccountSearch.matching("   ").test(PLAIN));
    }

    @Test
    void everyWordMustMatchIdCountryOrStatusIgnoringCase() {
        Predicate<AccountRow> search = AccountSearch.matching("acc-1000 de");
        assertTrue(search.test(PLAIN));
        assertFalse(AccountSearch.matching("acc-1000 fr").test(PLAIN));
        assertFalse(AccountSearch.matching("takeover").test(PLAIN));
    }

    @Test
    void findsSuspectedTakeoversByWordAndCluster() {
        Instant t = Instant.parse("2024-05-20T12:00:00Z");
        CompromisedAccount finding = new CompromisedAccount("ACC-100060", new CompromiseWindow(t, t.plusSeconds(60)),
                List.of(), AccountLoss.of(List.of(), null), 2);
        AccountRow suspected = new AccountRow(new AccountOverview("ACC-100060", "IT", "frozen", 119, t, t),
                new ReviewedAccount("ACC-100060", finding, ReviewStatus.CONFIRMED, List.of(), finding.loss()));
        assertTrue(AccountSearch.matching("takeover").test(suspected));
        assertTrue(AccountSearch.matching("cluster 2").test(suspected));
        assertFalse(AccountSearch.matching("cluster 1").test(suspected));
        assertTrue(AccountSearch.matching("100060").test(suspected));
        assertTrue(AccountSearch.matching("confirmed").test(suspected), "by review status");
        assertFalse(AccountSearch.matching("rejected").test(suspected));
    }
}
