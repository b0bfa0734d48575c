package io.ledgerline.importer.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** A row's fields by column name, in file order; an empty field is an empty string, a missing one null. */
public interface RowValues {

    String get(String column);

    void forEach(BiConsumer<String, String> action);

    /** The fields as an ordered map, for callers that need one (a copy: costs a map per row). */
    default Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        forEach(map::put);
        return map;
    }

    /** CSV: one shared header index and the record's array, so a million rows allocate no maps. */
    static RowValues of(Map<String, Integer> index, List<String> header, String[] values) {
        return new RowValues() {
            @Override
            public String get(String column) {
                Integer i = index.get(column);
                return i == null ? null : values[i];
            }

            @Override
            public void forEach(BiConsumer<String, String> action) {
                for (int i = 0; i < header.size(); i++) {
                    action.accept(header.get(i), values[i]);
                }
            }
        };
    }

    /** JSON Lines: the fields of one object, which may differ from line to line. */
    static RowValues of(Map<String, String> values) {
        return new RowValues() {
            @Override
            public String get(String column) {
                return values.get(column);
            }

            @Override
            public void forEach(BiConsumer<String, String> action) {
                values.forEach(action);
            }
        };
    }

    RowValues NONE = of(Map.of());
}
