package io.ledgerline.ui.main;

import io.ledgerline.analysis.CompromisedAccount;
import io.ledgerline.analysis.ReviewedAccount;
import io.ledgerline.analysis.ReviewedResult;
import io.ledgerline.store.AccountOverview;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of the accounts table: the account and, when the playbook suspects a takeover or the investigator confirmed
 * one, that account as reviewed (status, window, loss after review).
 */
public record AccountRow(AccountOverview account, ReviewedAccount reviewed) {

    public String accountId() {
        return account.accountId();
    }

    /** Suspected by the playbook (whatever the review said). */
    public boolean suspected() {
        return reviewed != null && reviewed.suspected();
    }

    /** Suspected or confirmed: a row of the table's top part. */
    public boolean takeover() {
        return reviewed != null;
    }

    /** The playbook's proposal, or null. */
    public CompromisedAccount finding() {
        return suspected() ? reviewed.proposal() : null;
    }

    public int cluster() {
        return suspected() ? reviewed.proposal().cluster() : 0;
    }

    public String reviewStatus() {
        return reviewed == null ? "" : reviewed.status().code();
    }

    /** The loss in USD after review, or null when there is none or it could not be valued. */
    public BigDecimal lossUsd() {
        return reviewed == null ? null : reviewed.loss().usd();
    }

    /**
     * The table's rows: suspected and confirmed takeovers first (by cluster, then account), then every other account by
     * id, so the investigator's first question is answered at the top.
     */
    public static List<AccountRow> of(List<AccountOverview> accounts, ReviewedResult review) {
        Map<String, ReviewedAccount> reviewed = review.accounts().stream()
                .collect(Collectors.toMap(ReviewedAccount::accountId, Function.identity()));
        List<AccountRow> rows = new ArrayList<>(accounts.size());
        for (AccountOverview account : accounts) {
            rows.add(new AccountRow(account, reviewed.get(account.accountId())));
        }
        rows.sort(Comparator.comparing((AccountRow r) -> !r.takeover())
                .thenComparing(AccountRow::cluster)
                .thenComparing(AccountRow::accountId));
        return rows;
    }
}
