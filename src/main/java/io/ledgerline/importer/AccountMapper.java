package io.ledgerline.importer;

import io.ledgerline.domain.Account;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.store.EvidenceTable;
import java.util.List;
import java.util.Set;

/** accounts.csv rows; each valid account id becomes known to the events that follow. */
final class AccountMapper implements RowMapper<Account> {

    private final Set<String> knownAccounts;

    AccountMapper(Set<String> knownAccounts) {
        this.knownAccounts = knownAccounts;
    }

    @Override
    public Account map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings) {
        String kyc = row.text("kyc_level");
        Account account = new Account(row.text("account_id"), row.instant("opened_at"), row.text("opened_at"),
                kyc == null ? null : Integer.valueOf(kyc), row.text("country"), row.text("email_masked"),
                row.text("phone_masked"), row.text("status"), row.extra(), row.line());
        knownAccounts.add(account.accountId());
        return account;
    }

    @Override
    public EvidenceTable<Account> table() {
        return EvidenceTable.ACCOUNTS_TABLE;
    }
}
