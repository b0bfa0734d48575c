package io.ledgerline.audit;

import io.ledgerline.domain.RowDigest;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.EvidenceSealStore;
import io.ledgerline.store.EvidenceSealStore.SealedRow;
import io.ledgerline.store.EvidenceSealStore.TableSeal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every evidence row as it is now against the seals recorded at import: a changed, added or removed row of any file is
 * found, and named by aligning the rows' hashes with the sealed ones.
 */
final class EvidenceSealCheck implements CaseCheck {

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public void run(CaseFile caseFile, List<Finding> findings) {
        EvidenceSealStore store = new EvidenceSealStore(caseFile);
        Map<String, TableSeal> recorded = byKey(store.recorded());
        Map<String, TableSeal> now = byKey(store.recomputed());
        for (String key : union(recorded, now)) {
            TableSeal sealed = recorded.get(key);
            TableSeal current = now.get(key);
            if (sealed != null && current != null && sealed.digest().equals(current.digest())
                    && sealed.rows() == current.rows()) {
                continue;
            }
            TableSeal any = sealed != null ? sealed : current;
            String where = "import file " + any.importFileId();
            if (sealed == null) {
                findings.add(new Finding(name(), any.table(), where, current.rows() + " rows that no seal covers "
                        + "(written outside an import, or imported before seals existed)"));
                continue;
            }
            List<SealedRow> rows = store.rows(sealed.table(), sealed.importFileId());
            locate(sealed, rows, where, findings);
        }
    }

    /** Aligns the sealed row hashes with the rows now and reports each difference by its row. */
    private void locate(TableSeal sealed, List<SealedRow> rows, String where, List<Finding> findings) {
        byte[] prefixes = sealed.rowHashes();
        int n = prefixes.length / RowDigest.PREFIX;
        int m = rows.size();
        int i = 0;
        int j = 0;
        int before = findings.size();
        while (i < n || j < m) {
            if (i < n && j < m && same(prefixes, i, rows.get(j))) {
                i++;
                j++;
            } else if (i < n && (j >= m || i + 1 < n && same(prefixes, i + 1, rows.get(j)))) {
                findings.add(new Finding(name(), sealed.table(), where + ", sealed row " + (i + 1),
                        "removed: the row sealed " + neighbour(rows, j) + " is no longer in the case"));
                i++;
            } else if (i >= n || j + 1 < m && same(prefixes, i, rows.get(j + 1))) {
                findings.add(new Finding(name(), sealed.table(), where + ", " + describe(rows.get(j)),
                        "added: the row is not in the seal recorded at import"));
                j++;
            } else {
                findings.add(new Finding(name(), sealed.table(), where + ", " + describe(rows.get(j)),
                        "changed: its values differ from those sealed at import"));
                i++;
                j++;
            }
        }
        if (findings.size() == before) {
            findings.add(new Finding(name(), sealed.table(), where, "the seal's digest differs from its rows' "
                    + "(the seal or its row hashes were changed)"));
        }
    }

    private static boolean same(byte[] prefixes, int index, SealedRow row) {
        return Arrays.equals(prefixes, index * RowDigest.PREFIX, (index + 1) * RowDigest.PREFIX, row.prefix(), 0,
                RowDigest.PREFIX);
    }

    private static String neighbour(List<SealedRow> rows, int j) {
        return j < rows.size() ? "before " + describe(rows.get(j)) : "last";
    }

    private static String describe(SealedRow row) {
        return row.label() + " (line " + row.line() + ")";
    }

    private static Map<String, TableSeal> byKey(List<TableSeal> seals) {
        Map<String, TableSeal> map = new LinkedHashMap<>();
        seals.forEach(s -> map.put(s.importFileId() + "/" + s.table(), s));
        return map;
    }

    private static List<String> union(Map<String, TableSeal> a, Map<String, TableSeal> b) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }
}
