package io.ledgerline.store;

import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.store.jooq.DefaultSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies a whole case into a new, empty one — a case file onto a server ({@code publish}) or a server case into a file
 * ({@code export}) — row for row with the same keys, so evidence seals, custody records, analysis runs, decisions and
 * the hash-chained audit trail verify the same on both sides. One transaction on the target: a failed copy leaves
 * nothing there.
 */
public final class CaseCopy {

    private static final int BATCH = 5_000;
    /** The server's own record of which case a schema holds; each side keeps its own. */
    private static final String LOCAL_KEY = PostgresEngine.CASE_ID_KEY;

    private CaseCopy() {
    }

    /** Copies every row of {@code from} into {@code to}, which must hold no data yet; returns rows per table. */
    public static Map<String, Long> copy(CaseFile from, CaseFile to, Progress progress) {
        List<Table<?>> tables = inDependencyOrder(DefaultSchema.DEFAULT_SCHEMA.getTables());
        refuseNonEmpty(to, tables);
        long total = 0;
        for (Table<?> table : tables) {
            total += from.dsl().fetchCount(table);
        }
        long all = total;
        return to.write(tx -> {
            Map<String, Long> copied = new LinkedHashMap<>();
            long[] done = {0};
            for (Table<?> table : tables) {
                long rows = tx.dsl().connectionResult(target -> copyTable(from, table, tx.dsl(), target, () -> {
                    done[0] += BATCH;
                    progress.update(Math.min(done[0], all), all, "Copying " + table.getName());
                }));
                copied.put(table.getName(), rows);
            }
            to.afterCopy(tx.dsl(), tables);
            return copied;
        });
    }

    private static long copyTable(CaseFile from, Table<?> table, DSLContext targetDsl, Connection target,
            Runnable batchDone) {
        List<Field<?>> fields = List.of(table.fields());
        Field<?> key = table.getPrimaryKey().getFields().get(0);
        // Rows are moved as the JDBC values they are stored as — text, integers, bytes — never through jOOQ's
        // converters, so every value arrives exactly as it was written.
        String select = from.dsl().select(fields).from(table).orderBy(table.getPrimaryKey().getFields()).getSQL();
        List<Object> placeholders = new ArrayList<>();
        fields.forEach(f -> placeholders.add(DSL.param(f.getName())));
        String insert = targetDsl.insertInto(table).columns(fields).values(placeholders.stream()
                .map(p -> (Field<?>) p).toList()).getSQL();
        Object where = table.getName().equals("case_info") ? LOCAL_KEY : null;
        long[] rows = {0};
        try {
            from.withReader(source -> {
                try (PreparedStatement read = source.prepareStatement(select);
                        PreparedStatement write = target.prepareStatement(insert)) {
                    read.setFetchSize(BATCH);
                    try (ResultSet rs = read.executeQuery()) {
                        int pending = 0;
                        while (rs.next()) {
                            if (where != null && where.equals(rs.getObject(1))) {
                                continue;
                            }
                            for (int i = 1; i <= fields.size(); i++) {
                                write.setObject(i, rs.getObject(i));
                            }
                            write.addBatch();
                            rows[0]++;
                            if (++pending == BATCH) {
                                write.executeBatch();
                                pending = 0;
                                batchDone.run();
                            }
                        }
                        if (pending > 0) {
                            write.executeBatch();
                        }
                    }
                }
            });
        } catch (SQLException e) {
            throw new LedgerlineException("Copying " + table.getName() + " (by " + key.getName() + ") failed: "
                    + e.getMessage(), e);
        }
        return rows[0];
    }

    private static void refuseNonEmpty(CaseFile to, List<Table<?>> tables) {
        for (Table<?> table : tables) {
            if (table.getName().equals("case_info")) {
                continue;
            }
            if (to.dsl().fetchCount(table) > 0) {
                throw new LedgerlineException("The target case " + to.displayName() + " is not empty ("
                        + table.getName() + " has rows); a case is copied only into a new one.");
            }
        }
    }

    /** Tables with the tables they reference first, so every foreign key finds its row. */
    static List<Table<?>> inDependencyOrder(List<Table<?>> tables) {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> table : tables) {
            visit(table, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return;
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> parent = reference.getKey().getTable();
            if (!parent.equals(table)) {
                visit(parent, ordered, path);
            }
        }
        ordered.add(table);
    }
}
