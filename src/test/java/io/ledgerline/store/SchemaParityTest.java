package io.ledgerline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerline.testing.CaseEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two engines' migrations make the same schema: same versions, tables, columns and nullability. */
class SchemaParityTest {

    @TempDir
    Path dir;

    @Test
    void bothEnginesHaveTheSameMigrationVersions() throws IOException, URISyntaxException {
        assertEquals(versions("db/sqlite"), versions("db/postgresql"));
    }

    @Test
    void bothEnginesMakeTheSameTablesAndColumns() {
        try (CaseFile sqlite = CaseEngine.SQLITE.create(dir); CaseFile postgres = CaseEngine.POSTGRESQL.create(dir)) {
            assertEquals(shape(sqlite), shape(postgres));
        }
    }

    private static List<String> versions(String folder) throws IOException, URISyntaxException {
        Path path = Path.of(SchemaParityTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V")).sorted().toList();
        }
    }

    /** table → "column type-family null|not null", from the live database's own catalogue. */
    private static Map<String, List<String>> shape(CaseFile c) {
        Map<String, List<String>> tables = new TreeMap<>();
        String schema = c.location() instanceof CaseLocation.Server server ? server.schema() : null;
        for (Table<?> table : c.dsl().meta().getTables()) {
            if (schema != null && (table.getSchema() == null || !schema.equals(table.getSchema().getName()))) {
                continue;
            }
            String name = table.getName().toLowerCase(Locale.ROOT);
            if (name.startsWith("flyway_") || name.startsWith("sqlite_")) {
                continue;
            }
            tables.put(name, Stream.of(table.fields()).map(SchemaParityTest::column).sorted().toList());
        }
        return tables;
    }

    private static String column(Field<?> f) {
        Class<?> type = f.getDataType().getType();
        String family = Number.class.isAssignableFrom(type) ? "number"
                : type == byte[].class ? "bytes" : "text";
        return f.getName().toLowerCase(Locale.ROOT) + " " + family + (f.getDataType().nullable() ? " null" : " not null");
    }
}
