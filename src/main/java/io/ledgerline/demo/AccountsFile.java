package io.ledgerline.demo;

import java.io.IOException;

/** accounts.csv: every account of the demo, regenerated from its index; victims the bank froze are "frozen". */
final class AccountsFile {

    private AccountsFile() {
    }

    static BundleFile write(BundleTarget target, DemoWorld world) throws IOException {
        CsvSink sink = new CsvSink(BundleLayout.ACCOUNTS, target.create(BundleLayout.ACCOUNTS),
                BundleLayout.ACCOUNT_COLUMNS);
        for (int index = 0; index < world.accountCount; index++) {
            AccountProfile p = world.profile(index);
            AttackPlan.Victim victim = world.plan.victims.get(index);
            String status = victim != null && victim.frozen() ? "frozen" : "active";
            sink.row(p.accountId(), Rfc3339.utc(p.openedAt()), p.kycLevel(), p.country(), p.email(), p.phone(),
                    status);
        }
        return sink.finish();
    }
}
