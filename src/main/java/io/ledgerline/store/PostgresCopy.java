package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.PRICES;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row2;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * An import's evidence rows into a PostgreSQL case through {@code COPY … FROM STDIN} (text format), one COPY per batch
 * the importer hands over, so nothing is buffered beyond that batch. COPY has no {@code ON CONFLICT}: which keys are
 * already in the table is asked first, for the whole batch in at most one query (the import holds the case's write
 * lock, so no other writer can add one in between), and a key repeated inside the batch is written once, first row
 * first — the rows left out come back as 0, as the batch insert's skipped rows do.
 */
final class PostgresCopy implements BulkInsert {

    private static final int CHUNK = 64 * 1024;

    private final DSLContext dsl;
    /** Per table, the greatest key in it (empty: none yet), in the "C" collation's order. */
    private final Map<SealedColumns, Optional<byte[]>> greatestKeys = new EnumMap<>(SealedColumns.class);
    private final StringBuilder text = new StringBuilder(CHUNK * 2);

    PostgresCopy(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int[] insert(SealedColumns table, List<Object[]> rows) {
        int[] written = new int[rows.size()];
        if (rows.isEmpty()) {
            return written;
        }
        Set<String> taken = keysAlreadyThere(table, rows);
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        CopyIn in = null;
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            in = copy.copyIn(copySql(table));
            for (int i = 0; i < rows.size(); i++) {
                if (taken.add(key(table, rows.get(i)))) {
                    written[i] = 1;
                    if (table != SealedColumns.PRICES_ROWS) {
                        added(table, (String) rows.get(i)[0]);
                    }
                    appendRow(rows.get(i));
                    if (text.length() >= CHUNK) {
                        send(in);
                    }
                }
            }
            send(in);
            in.endCopy();
            return written;
        } catch (SQLException e) {
            throw new DataAccessException("COPY into " + table.tableName() + " failed: " + e.getMessage(), e);
        } finally {
            text.setLength(0);
            cancelUnfinished(in);
            provider.release(connection);
        }
    }

    /** A COPY left open by a failure is cancelled, so the connection can roll the import back. */
    private static void cancelUnfinished(CopyIn in) {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException e) {
                // the transaction is rolled back anyway; the failure that got here is the one to report
            }
        }
    }

    /** The keys of {@code rows} the table already holds: at most one query for the batch, on its unique index. */
    private Set<String> keysAlreadyThere(SealedColumns table, List<Object[]> rows) {
        Set<String> taken = new HashSet<>();
        if (table == SealedColumns.PRICES_ROWS) {
            List<Row2<String, Long>> keys = rows.stream().map(r -> DSL.row((String) r[0], (Long) r[1])).toList();
            dsl.select(PRICES.ASSET, PRICES.AT).from(PRICES).where(DSL.row(PRICES.ASSET, PRICES.AT).in(keys))
                    .forEach(r -> taken.add(r.value1() + "\0" + r.value2()));
            return taken;
        }
        Field<String> key = keyField(table);
        // Exports number their rows in order, so a batch's keys are mostly above every key already there: the
        // table's greatest key rules those out, and only the others are looked up. It is read once per import; after
        // that only this import adds keys (it holds the case's write lock), so it is kept up to date here.
        byte[] greatest = greatestKeys.computeIfAbsent(table,
                t -> Optional.ofNullable(utf8(dsl.select(DSL.max(key)).from(t.table).fetchOne(0, String.class))))
                .orElse(null);
        String[] keys = rows.stream().map(r -> (String) r[0])
                .filter(k -> greatest != null && Arrays.compareUnsigned(utf8(k), greatest) <= 0)
                .distinct().toArray(String[]::new);
        if (keys.length > 0) {
            // inlined: a prepared look-up reused from batch to batch keeps the plan made while the table was small
            // (a full scan); planned afresh, it probes the unique index
            taken.addAll(dsl.select(key).from(table.table).where(key.eq(DSL.any(DSL.inline(keys)))).fetch(key));
        }
        return taken;
    }

    /** Notes the greatest key this import has added to {@code table}. */
    private void added(SealedColumns table, String key) {
        byte[] bytes = utf8(key);
        greatestKeys.merge(table, Optional.of(bytes), (was, now) ->
                was.isEmpty() || Arrays.compareUnsigned(was.get(), bytes) < 0 ? now : was);
    }

    /** Text as the "C" collation of the case's key columns orders it: its UTF-8 bytes, unsigned. */
    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The unique key of an evidence table, its first sealed column (prices: asset and time, the first two). */
    private static Field<String> keyField(SealedColumns table) {
        return switch (table) {
            case ACCOUNTS_ROWS -> ACCOUNTS.ACCOUNT_ID;
            case EVENTS_ROWS -> EVENTS.EVENT_ID;
            case LEGAL_REQUESTS_ROWS -> LEGAL_REQUESTS.REQUEST_ID;
            default -> throw new IllegalArgumentException("no COPY into " + table.tableName());
        };
    }

    private static String key(SealedColumns table, Object[] row) {
        return table == SealedColumns.PRICES_ROWS ? row[0] + "\0" + row[1] : (String) row[0];
    }

    private String copySql(SealedColumns table) {
        return "copy " + dsl.render(table.table) + " ("
                + table.columns.stream().map(f -> dsl.render(DSL.name(f.getName()))).collect(Collectors.joining(", "))
                + ") from stdin";
    }

    /** One row in COPY's text format: tab between values, {@code \N} for null, backslash escapes. */
    private void appendRow(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                text.append("\\N");
            } else if (v instanceof String s) {
                escape(s);
            } else if (v instanceof BigDecimal d) {
                text.append(d.toPlainString());
            } else {
                text.append(v);
            }
        }
        text.append('\n');
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private void send(CopyIn in) throws SQLException {
        if (!text.isEmpty()) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }
}
