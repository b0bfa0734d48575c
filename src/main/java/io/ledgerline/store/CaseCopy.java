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
            Runnable batchDone = () -> {
                done[0] += BATCH;
                progress.update(Math.min(done[0], all), all, "Copying");
            };
            try {
                // Every table from one read transaction: one snapshot of the source, so a colleague writing to a
                // server case during an export can never leave the copy with an audit entry but not its row.
                from.withReader(source -> tx.dsl().connection(target -> {
                    for (Table<?> table : tables) {
                        copied.put(table.getName(), copyTable(from, table, tx.dsl(), source, target, batchDone));
                    }
                }));
            } catch (SQLException e) {
                throw new LedgerlineException("Copying the case failed: " + e.getMessage(), e);
            }
            to.afterCopy(tx.dsl(), tables);
            return copied;
        });
    }

    private static long copyTable(CaseFile from, Table<?> table, DSLContext targetDsl, Connection source,
            Connection target, Runnable batchDone) throws SQLException {
        List<Field<?>> fields = List.of(table.fields());
        // Rows are moved as the JDBC values they are stored as — text, integers, bytes — never through jOOQ's
        // converters, so every value arrives exactly as it was written.
        String select = from.dsl().select(fields).from(table).orderBy(table.getPrimaryKey().getFields()).getSQL();
        List<Object> placeholders = new ArrayList<>();
        fields.forEach(f -> placeholders.add(DSL.param(f.getName())));
        String insert = targetDsl.insertInto(table).columns(fields).values(placeholders.stream()
                .map(p -> (Field<?>) p).toList()).getSQL();
        Object where = table.getName().equals("case_info") ? LOCAL_KEY : null;
        long rows = 0;
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
                    rows++;
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
        } catch (SQLException e) {
            throw new SQLException("copying " + table.getName() + ": " + e.getMessage(), e.getSQLState(), e);
        }
        return rows;
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
