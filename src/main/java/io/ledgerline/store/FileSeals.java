package io.ledgerline.store;

import io.ledgerline.domain.RowDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence seals of one imported file, computed while its rows are written (no second read of the case): rows of
 * the main tables arrive in source-line order and are digested as they come; quarantined rows and request links are few
 * and are kept until the file is done, then digested in their sealed order.
 */
final class FileSeals {

    private final Map<SealedColumns, RowDigest> streamed = new EnumMap<>(SealedColumns.class);
    private final TreeMap<Long, Object[]> quarantine = new TreeMap<>();
    private final List<Object[]> links = new ArrayList<>();

    /** Adds a row of a table written in source-line order, by its {@link io.ledgerline.domain.RowHasher} hash. */
    void written(SealedColumns table, byte[] rowHash) {
        digest(table).addHash(rowHash);
    }

    private RowDigest digest(SealedColumns table) {
        return streamed.computeIfAbsent(table, t -> new RowDigest());
    }

    void quarantined(long line, Object[] values) {
        quarantine.put(line, values);
    }

    void linked(String requestId, String accountId) {
        links.add(new Object[] {requestId, accountId});
    }

    /** Every table's seal with at least one row, as stored. */
    List<Seal> finish() {
        if (!quarantine.isEmpty()) {
            quarantine.values().forEach(v -> digest(SealedColumns.QUARANTINE_ROWS).add(v));
        }
        if (!links.isEmpty()) {
            sortLinks(links).forEach(v -> digest(SealedColumns.LEGAL_REQUEST_ACCOUNTS_ROWS).add(v));
        }
        List<Seal> seals = new ArrayList<>();
        streamed.forEach((table, digest) -> seals.add(new Seal(table.tableName(), digest.rows(), digest.hex(),
                digest.rowHashes())));
        return seals;
    }

    /** Request links in their sealed order: by request id, then account id (Java string order, in both paths). */
    static List<Object[]> sortLinks(List<Object[]> links) {
        List<Object[]> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.<Object[], String>comparing(l -> (String) l[0]).thenComparing(l -> (String) l[1]));
        return sorted;
    }

    /** One table's seal: how many rows, their digest, and each row hash's prefix. */
    record Seal(String table, long rows, String digest, byte[] rowHashes) {
    }
}
