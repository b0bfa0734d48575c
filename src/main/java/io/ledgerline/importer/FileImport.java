package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.importer.bundle.BoundedInputStream;
import io.ledgerline.importer.bundle.BundleSource;
import io.ledgerline.importer.bundle.DecompressionBudget;
import io.ledgerline.importer.bundle.ImportLimits;
import io.ledgerline.importer.read.CsvRowSource;
import io.ledgerline.importer.read.JsonLinesRowSource;
import io.ledgerline.importer.read.MalformedFileException;
import io.ledgerline.importer.read.RowSource;
import io.ledgerline.importer.read.SourceRow;
import io.ledgerline.importer.read.StrictUtf8Reader;
import io.ledgerline.store.Collision;
import io.ledgerline.store.EvidenceRow;
import io.ledgerline.store.FileResult;
import io.ledgerline.store.ImportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Imports one data file inside the bundle's transaction: reads, checks, maps and writes its rows in batches, and
 * sorts each problem into "refuse" (strict, or a file-level fault) or "quarantine" (lenient, a bad row).
 */
final class FileImport<T> {

    private static final int BATCH = 4_000;

    private final DataFileName file;
    private final Manifest.ListedFile listed;
    private final RowMapper<T> mapper;
    private final ImportOptions options;
    private final ProblemList refusals;
    private final List<ImportProblem> quarantined;
    private final ImportProgress progress;
    private final RowChecker checker;
    private final long sizeBytes;
    private final Warnings warnings = new Warnings();
    private final Set<String> warnedColumns = new HashSet<>();
    private final List<EvidenceRow<T>> batch = new ArrayList<>(BATCH);
    private final List<SourceRow> batchRows = new ArrayList<>(BATCH);
    private long imported;
    private long duplicates;
    private long quarantinedRows;

    FileImport(DataFileName file, Manifest.ListedFile listed, RowMapper<T> mapper, ImportOptions options,
            ProblemList refusals, List<ImportProblem> quarantined, ImportProgress progress, long sizeBytes) {
        this.file = file;
        this.listed = listed;
        this.mapper = mapper;
        this.options = options;
        this.refusals = refusals;
        this.quarantined = quarantined;
        this.progress = progress;
        this.sizeBytes = sizeBytes;
        this.checker = new RowChecker(file.name(), FileColumns.of(file.kind()));
    }

    FileReport run(BundleSource bundle, ImportWriter writer, long fileId, DecompressionBudget budget)
            throws IOException {
        long started = System.nanoTime();
        try (HashingInputStream raw = new HashingInputStream(bundle.open(file.name()))) {
            return run(raw, writer, fileId, budget, started);
        }
    }

    private FileReport run(HashingInputStream raw, ImportWriter writer, long fileId, DecompressionBudget budget,
            long started) throws IOException {
        long rows = 0;
        // The reader must not close the raw stream: the rest of the file is still hashed after a fault.
        try (RowSource source = open(new UnclosableInputStream(raw), budget, options.limits())) {
            progress.startFile(file.name(), raw);
            warnUnknownColumns(source.columns());
            SourceRow row;
            while ((row = source.next()) != null) {
                rows++;
                accept(row, writer, fileId);
                progress.row();
            }
            flush(writer, fileId);
            if (file.jsonLines()) {
                warnUnknownColumns(source.columns());
            }
        } catch (MalformedFileException e) {
            refuse(e.line(), e.getMessage());
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            refuse(e.line(), "is not valid UTF-8 (first bad byte on this line)");
        } catch (ZipException e) {
            refuse(0, "is not a valid gzip file: " + e.getMessage());
        }
        String sha = raw.drain();
        if (!sha.equals(listed.sha256())) {
            refuse(0, "changed while it was being imported (SHA-256 is now " + sha + ")");
        }
        if (rows != listed.rows() && refusals.isEmpty()) {
            refuse(0, "holds " + rows + " data rows, but manifest.json says " + listed.rows()
                    + ": the bundle was damaged or altered");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        writer.finishFile(fileId, new FileResult(imported, duplicates, warnings.total(), quarantinedRows, millis),
                warnings.list());
        return new FileReport(file.name(), file.kind(), sha, raw.bytes(), listed.rows(), imported, duplicates,
                quarantinedRows, warnings.list(), millis, false);
    }

    private RowSource open(InputStream raw, DecompressionBudget budget, ImportLimits limits) throws IOException {
        InputStream data = raw;
        if (file.gzip()) {
            data = new BoundedInputStream(new GZIPInputStream(raw, 64 * 1024), file.name(), budget,
                    sizeBytes, limits);
        }
        StrictUtf8Reader reader = new StrictUtf8Reader(data);
        return file.jsonLines() ? new JsonLinesRowSource(reader, limits.maxRowChars())
                : new CsvRowSource(reader, limits.maxRowChars());
    }

    private void warnUnknownColumns(List<String> columns) {
        for (String column : columns) {
            if (!checker.isKnown(column) && !warnedColumns.contains(column)) {
                warnedColumns.add(column);
                warnings.add(1, column, "unknown column kept with each row");
            }
        }
    }

    private void accept(SourceRow row, ImportWriter writer, long fileId) {
        List<ImportProblem> rowProblems = new ArrayList<>(2);
        CheckedRow checked = checker.check(row, rowProblems);
        T value = checked == null ? null : mapper.map(checked, file.name(), rowProblems, warnings);
        if (value == null) {
            rejectRow(row.line(), row.raw(), rowProblems, writer, fileId);
            return;
        }
        if (!refusals.isEmpty()) {
            return; // already refused: keep checking to list every problem, but write no more
        }
        batch.add(new EvidenceRow<>(value, ContentHash.of(checked, FileColumns.of(file.kind())), row.line()));
        batchRows.add(row);
        if (batch.size() >= BATCH) {
            flush(writer, fileId);
        }
    }

    private void flush(ImportWriter writer, long fileId) {
        if (batch.isEmpty() || !refusals.isEmpty()) {
            batch.clear();
            batchRows.clear();
            return;
        }
        List<Collision> collisions = mapper.insert(writer, fileId, batch);
        imported += batch.size() - collisions.size();
        for (Collision c : collisions) {
            if (c.sameFile()) {
                String raw = batchRows.get(indexOfLine(c.line())).raw();
                rejectRow(c.line(), raw, List.of(new ImportProblem(file.name(), c.line(), keyColumn(),
                        "\"" + c.key() + "\" repeats line " + c.existingLine() + " of this file")), writer, fileId);
            } else if (c.sameContent()) {
                duplicates++;
            } else {
                refusals.add(new ImportProblem(file.name(), c.line(), keyColumn(), "\"" + c.key()
                        + "\" is already in the case with different content (from " + c.existingFile() + ":"
                        + c.existingLine() + "): conflict"));
            }
        }
        batch.clear();
        batchRows.clear();
    }

    private int indexOfLine(long line) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).line() == line) {
                return i;
            }
        }
        throw new IllegalStateException("collision for a line not in the batch: " + line);
    }

    private String keyColumn() {
        return switch (file.kind()) {
            case ACCOUNTS -> "account_id";
            case EVENTS -> "event_id";
            case LEGAL_REQUESTS -> "request_id";
            case PRICES -> "asset, at";
        };
    }

    private void rejectRow(long line, String raw, List<ImportProblem> problems, ImportWriter writer, long fileId) {
        if (!options.lenient()) {
            refusals.addAll(problems);
            return;
        }
        quarantinedRows++;
        quarantined.addAll(problems);
        String reasons = String.join("; ", problems.stream().map(p ->
                (p.column() == null ? "" : p.column() + ": ") + p.reason()).toList());
        writer.quarantine(fileId, file.name(), line, raw, reasons);
    }

    private void refuse(long line, String reason) {
        refusals.add(new ImportProblem(file.name(), line, null, reason));
    }
}
