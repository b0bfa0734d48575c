package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.importer.read.SourceRow;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies a file's column checks to one row: every problem is collected, so one refusal lists them all. */
final class RowChecker {

    private final String fileName;
    private final List<ColumnSpec> columns;
    private final Set<String> known = new HashSet<>();

    RowChecker(String fileName, List<ColumnSpec> columns) {
        this.fileName = fileName;
        this.columns = columns;
        columns.forEach(c -> known.add(c.name()));
    }

    boolean isKnown(String column) {
        return known.contains(column);
    }

    /** The checked row, or null when {@code problems} received why not. */
    CheckedRow check(SourceRow row, List<ImportProblem> problems) {
        if (row.shapeProblem() != null) {
            problems.add(new ImportProblem(fileName, row.line(), null, row.shapeProblem()));
            return null;
        }
        int before = problems.size();
        for (ColumnSpec column : columns) {
            String value = row.values().get(column.name());
            if (value == null || value.isEmpty()) {
                if (column.required()) {
                    problems.add(new ImportProblem(fileName, row.line(), column.name(), "is required"));
                }
                continue;
            }
            column.check().problemWith(value).ifPresent(
                    reason -> problems.add(new ImportProblem(fileName, row.line(), column.name(), reason)));
        }
        if (problems.size() > before) {
            return null;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        row.values().forEach((name, value) -> {
            if (!known.contains(name)) {
                extra.put(name, value);
            }
        });
        return new CheckedRow(row.line(), row.values(), extra.isEmpty() ? Map.of() : extra);
    }
}
