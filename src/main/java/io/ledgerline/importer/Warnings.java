package io.ledgerline.importer;

import io.ledgerline.store.ImportWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Warnings of one file, counted by kind, so a type unknown on 100k rows is one warning with its count. */
final class Warnings {

    private final Map<String, long[]> firstLineAndCount = new LinkedHashMap<>();
    private final Map<String, String[]> columnAndMessage = new LinkedHashMap<>();
    private long total;

    void add(long line, String column, String message) {
        String key = column + "\u0000" + message;
        long[] seen = firstLineAndCount.computeIfAbsent(key, k -> new long[] {line, 0});
        seen[1]++;
        columnAndMessage.putIfAbsent(key, new String[] {column, message});
        total++;
    }

    long total() {
        return total;
    }

    List<ImportWarning> list() {
        List<ImportWarning> list = new ArrayList<>();
        firstLineAndCount.forEach((key, seen) -> {
            String[] cm = columnAndMessage.get(key);
            list.add(new ImportWarning(seen[0], cm[0], cm[1], seen[1]));
        });
        return list;
    }
}
