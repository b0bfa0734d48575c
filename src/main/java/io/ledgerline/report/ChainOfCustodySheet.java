package io.ledgerline.report;

import io.ledgerline.report.xlsx.CellKind;
import io.ledgerline.report.xlsx.Column;
import io.ledgerline.report.xlsx.Table;
import io.ledgerline.report.xlsx.WorkbookWriter;
import io.ledgerline.store.CaseSummary;
import java.time.Instant;
import java.util.List;

/** Every imported file as received: name, SHA-256, size, rows, when and how it was imported (GDPR Art. 33(5)). */
final class ChainOfCustodySheet {

    record Row(CaseSummary.ImportRecord imported, CaseSummary.FileRecord file) {
    }

    private ChainOfCustodySheet() {
    }

    static void write(WorkbookWriter workbook, ReportData data) {
        List<Column<Row>> columns = List.of(
                Column.of("Import", CellKind.INTEGER, r -> r.imported().id()),
                Column.text("Bundle", 24, r -> r.imported().bundleName()),
                Column.of("Imported at (UTC)", CellKind.EVENT_TIME, r -> Instant.parse(r.imported().importedAt())),
                Column.text("Mode", 8, r -> r.imported().mode()),
                Column.text("Tool version", 14, r -> r.imported().toolVersion()),
                Column.text("File", 26, r -> r.file().fileName()),
                Column.text("Kind", 14, r -> r.file().kind()),
                Column.text("SHA-256", 66, r -> r.file().sha256()),
                Column.of("Size (bytes)", CellKind.INTEGER, r -> r.file().sizeBytes()),
                Column.of("Rows declared", CellKind.INTEGER, r -> r.file().rows()),
                Column.of("Rows imported", CellKind.INTEGER, r -> r.file().rowsImported()),
                Column.of("Duplicates", CellKind.INTEGER, r -> r.file().duplicates()),
                Column.of("Quarantined", CellKind.INTEGER, r -> r.file().quarantined()));
        Table<Row> t = workbook.sheet("Chain of custody", "Chain of custody of the input files",
                        ReportText.subtitle(data))
                .note("Each file's SHA-256 was checked against the export's manifest when it was imported.")
                .table(columns);
        for (CaseSummary.ImportRecord i : data.custody()) {
            i.files().forEach(f -> t.add(new Row(i, f)));
        }
        t.finish();
    }
}
