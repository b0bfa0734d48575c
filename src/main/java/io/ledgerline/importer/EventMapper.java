package io.ledgerline.importer;

import io.ledgerline.domain.Event;
import io.ledgerline.domain.EventType;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.Outcome;
import io.ledgerline.store.EvidenceTable;
import java.util.List;
import java.util.Set;

/** events.csv rows: the account must be known; an unknown type is kept with category "other" and warned. */
final class EventMapper implements RowMapper<Event> {

    private final Set<String> knownAccounts;

    EventMapper(Set<String> knownAccounts) {
        this.knownAccounts = knownAccounts;
    }

    @Override
    public Event map(CheckedRow row, String fileName, List<ImportProblem> problems, Warnings warnings) {
        String accountId = row.text("account_id");
        if (!knownAccounts.contains(accountId)) {
            problems.add(new ImportProblem(fileName, row.line(), "account_id",
                    "\"" + accountId + "\" is not in accounts.csv of this or an earlier import"));
            return null;
        }
        String type = row.text("type");
        if (EventType.parse(type).isEmpty()) {
            warnings.add(row.line(), "type", "unknown event type \"" + type + "\" imported with category other");
        }
        String outcome = row.text("outcome");
        return new Event(row.text("event_id"), accountId, row.instant("occurred_at"), row.text("occurred_at"), type,
                EventType.categoryOf(type), outcome == null ? Outcome.SUCCESS : Outcome.parse(outcome).orElseThrow(),
                row.text("ip"), row.text("device_id"), row.text("user_agent"), row.text("country"),
                row.text("channel"), row.text("asset"), row.amount("amount"), row.amount("fee"), row.text("address"),
                row.text("network"), row.text("tx_hash"), row.text("ref"), row.text("details"), row.extra(),
                row.line());
    }

    @Override
    public EvidenceTable<Event> table() {
        return EvidenceTable.EVENTS_TABLE;
    }
}
