package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.AuditedRows;
import io.ledgerline.store.CaseFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Investigators' work as stored against the audit trail: every row of an audited table was written with exactly one
 * entry whose "after" is that row, column for column. A row edited, added or removed behind the tool's back (triggers
 * dropped) no longer matches its signed entry.
 */
final class AuditedRowsCheck implements CaseCheck {

    @Override
    public String name() {
        return "audited-rows";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        Map<String, Map<String, List<AuditEntry>>> entries = new HashMap<>();
        for (AuditEntry e : new AuditLogStore(caseFile).entries()) {
            if (AuditedRows.TABLES.contains(e.objectType())) {
                entries.computeIfAbsent(e.objectType(), t -> new HashMap<>())
                        .computeIfAbsent(e.objectId(), id -> new ArrayList<>()).add(e);
            }
        }
        AuditedRows rows = new AuditedRows(caseFile);
        for (String table : AuditedRows.TABLES) {
            Map<String, List<AuditEntry>> ofTable = entries.getOrDefault(table, Map.of());
            Map<String, Map<String, Object>> stored = rows.rows(table);
            for (Map.Entry<String, Map<String, Object>> row : stored.entrySet()) {
                List<AuditEntry> written = ofTable.getOrDefault(row.getKey(), List.of());
                if (written.isEmpty()) {
                    findings.add(new Finding(name(), table, row.getKey(), "no audit entry wrote this row"));
                } else if (written.size() > 1) {
                    findings.add(new Finding(name(), table, row.getKey(), written.size()
                            + " audit entries claim to have written this row"));
                } else {
                    compare(table, row.getKey(), row.getValue(), written.get(0), findings);
                }
            }
            for (Map.Entry<String, List<AuditEntry>> e : ofTable.entrySet()) {
                if (!stored.containsKey(e.getKey())) {
                    findings.add(new Finding(name(), table, e.getKey(), "removed: audit entry seq "
                            + e.getValue().get(0).seq() + " wrote this row, which is no longer in the case"));
                }
            }
        }
    }

    private void compare(String table, String key, Map<String, Object> row, AuditEntry entry, List<Finding> findings) {
        Map<String, Object> now = Canonical.parseObject(Canonical.json(row));
        Map<String, Object> then = AfterValue.of(entry).orElse(null);
        if (then == null) {
            findings.add(new Finding(name(), table, key, "its audit entry seq " + entry.seq()
                    + " holds no readable after value"));
            return;
        }
        if (Objects.equals(now, then)) {
            return;
        }
        TreeSet<String> columns = new TreeSet<>(now.keySet());
        if (then != null) {
            columns.addAll(then.keySet());
        }
        List<String> differ = new ArrayList<>();
        for (String column : columns) {
            Object was = then == null ? null : then.get(column);
            if (!Objects.equals(now.get(column), was)) {
                differ.add(column + " is " + Canonical.json(now.get(column)) + ", audit entry seq " + entry.seq()
                        + " wrote " + Canonical.json(was));
            }
        }
        findings.add(new Finding(name(), table, key, "changed: " + String.join("; ", differ)));
    }
}
