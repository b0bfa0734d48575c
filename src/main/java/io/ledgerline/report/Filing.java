package io.ledgerline.report;

import io.ledgerline.domain.FilingEntry;
import io.ledgerline.importer.check.Amounts;
import io.ledgerline.importer.check.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The investigator's filing fields as they stand: the latest entry of each field; a cleared field is absent. */
public final class Filing {

    private final Map<FilingField, FilingEntry> latest;

    private Filing(Map<FilingField, FilingEntry> latest) {
        this.latest = latest;
    }

    public static final Filing EMPTY = new Filing(Map.of());

    /** From every entry, oldest first (later entries win); entries of fields this version does not know are kept out. */
    public static Filing of(List<FilingEntry> entries) {
        Map<FilingField, FilingEntry> latest = new EnumMap<>(FilingField.class);
        for (FilingEntry e : entries) {
            FilingField.byKey(e.field()).ifPresent(f -> {
                if (e.cleared()) {
                    latest.remove(f);
                } else {
                    latest.put(f, e);
                }
            });
        }
        return new Filing(latest);
    }

    public Optional<FilingEntry> entry(FilingField field) {
        return Optional.ofNullable(latest.get(field));
    }

    public Optional<String> text(FilingField field) {
        return entry(field).map(FilingEntry::text);
    }

    /** A DATETIME field's instant (validated when entered). */
    public Optional<Instant> instant(FilingField field) {
        return text(field).map(t -> Timestamps.parse(t.strip()));
    }

    /** A DECIMAL field's exact value (validated when entered). */
    public Optional<BigDecimal> decimal(FilingField field) {
        return text(field).map(t -> Amounts.parse(t.strip()));
    }
}
