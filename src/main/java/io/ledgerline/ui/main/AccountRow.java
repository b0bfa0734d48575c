package io.ledgerline.ui.main;

import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.CompromisedAccount;
import io.ledgerline.store.AccountOverview;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One row of the accounts table: the account and, when the playbook suspects a takeover, its finding. */
public record AccountRow(AccountOverview account, CompromisedAccount finding) {

    public String accountId() {
        return account.accountId();
    }

    public boolean suspected() {
        return finding != null;
    }

    /**
     * The table's rows: suspected takeovers first (by cluster, then account), then every other account by id, so the
     * investigator's first question is answered at the top.
     */
    public static List<AccountRow> of(List<AccountOverview> accounts, AnalysisResult analysis) {
        Map<String, CompromisedAccount> findings = analysis.compromised().stream()
                .collect(Collectors.toMap(CompromisedAccount::accountId, Function.identity()));
        List<AccountRow> rows = new ArrayList<>(accounts.size());
        for (AccountOverview account : accounts) {
            rows.add(new AccountRow(account, findings.get(account.accountId())));
        }
        rows.sort(Comparator.comparing((AccountRow r) -> !r.suspected())
                .thenComparing(r -> r.suspected() ? r.finding().cluster() : 0)
                .thenComparing(AccountRow::accountId));
        return rows;
    }
}
