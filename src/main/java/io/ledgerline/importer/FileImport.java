package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.importer.bundle.BundleSource;
import io.ledgerline.importer.bundle.DecompressionBudget;
import io.ledgerline.importer.read.MalformedFileException;
import io.ledgerline.importer.read.RowSource;
import io.ledgerline.importer.read.RowSources;
import io.ledgerline.importer.read.SourceRow;
import io.ledgerline.importer.read.StrictUtf8Reader;
import io.ledgerline.store.BoundRows;
import io.ledgerline.store.Collision;
import io.ledgerline.store.EvidenceRow;
import io.ledgerline.store.EvidenceTable;
import io.ledgerline.store.FileResult;
import io.ledgerline.store.ImportWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;

/**
 * Imports one data file inside the bundle's transaction. Two threads share the work, as the machines have two cores:
 * a reader thread parses, checks and maps rows into batches; the calling thread (which owns the transaction) writes
 * them. Each problem is sorted into "refuse" (strict, or a file-level fault) or "quarantine" (lenient, a bad row).
 */
final class FileImport<T> {

    private static final int BATCH = 4_000;
    private static final int BATCHES_IN_FLIGHT = 4;

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
    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private volatile boolean writerStopped;
    private volatile boolean readToTheEnd = true;
    private Batch<T> filling = new Batch<>();
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
            long rows = readAndWrite(raw, writer, fileId, budget);
            String sha = raw.drain();
            if (!sha.equals(listed.sha256())) {
                refusals.add(hashMismatch(file.name(), sha, listed.sha256()));
            }
            // a file whose reading stopped at a fault has that fault reported; its row count would say nothing more
            if (rows != listed.rows() && readToTheEnd) {
                refuse(0, "holds " + rows + " data rows, but manifest.json says " + listed.rows()
                        + ": the bundle was damaged or altered");
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            writer.finishFile(fileId, new FileResult(imported, duplicates, warnings.total(), quarantinedRows,
                    millis), warnings.list());
            return new FileReport(file.name(), file.kind(), sha, raw.bytes(), listed.rows(), imported, duplicates,
                    quarantinedRows, warnings.list(), millis, false);
        }
    }

    /** Reads on a helper thread, writes here; returns the number of data rows read. */
    private long readAndWrite(HashingInputStream raw, ImportWriter writer, long fileId, DecompressionBudget budget)
            throws IOException {
        ExecutorService readerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ledgerline-import-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Long> rows = readerThread.submit(() -> read(raw, budget, fileId));
            for (Batch<T> batch = queue.take(); !batch.isEnd(); batch = queue.take()) {
                write(batch, writer, fileId);
            }
            return rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerlineException("The import was interrupted; the case is unchanged.", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            writerStopped = true;
            readerThread.shutdownNow();
        }
    }

    private static RuntimeException rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }

    /**
     * The reader thread: every row of the file, checked, mapped and bound (its seal hash too), handed over in batches;
     * then the end mark.
     */
    private long read(HashingInputStream raw, DecompressionBudget budget, long fileId)
            throws IOException, InterruptedException {
        long rows = 0;
        // The reader must not close the raw stream: the rest of the file is still hashed after a fault.
        try (RowSource source = RowSources.open(new UnclosableInputStream(raw), file.name(), file.gzip(),
                file.jsonLines(), sizeBytes, budget, options.limits())) {
            progress.startFile(file.name(), raw);
            if (!file.jsonLines()) {
                refuseMissingColumns(source.columns());
            }
            warnUnknownColumns(source.columns());
            SourceRow row;
            while ((row = source.next()) != null) {
                rows++;
                accept(row, fileId);
                progress.row();
            }
            if (file.jsonLines()) {
                warnUnknownColumns(source.columns());
            }
        } catch (MalformedFileException e) {
            readToTheEnd = false;
            refuse(e.line(), e.getMessage());
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            readToTheEnd = false;
            refuse(e.line(), "is not valid UTF-8 (first bad byte on this line)");
        } catch (ZipException e) {
            readToTheEnd = false;
            refuse(0, "is not a valid gzip file: " + e.getMessage());
        } finally {
            try {
                filling.bind(mapper.table(), fileId);
            } finally {
                hand(filling);
                hand(Batch.end());
            }
        }
        return rows;
    }

    private void hand(Batch<T> batch) throws InterruptedException {
        // Bounded wait, so a writer that failed never leaves this thread blocked forever.
        while (!writerStopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            // keep offering while the writer lives
        }
    }

    /** A CSV header must name every required column, even when no row follows it. */
    private void refuseMissingColumns(List<String> header) {
        for (ColumnSpec column : FileColumns.of(file.kind())) {
            if (column.required() && !header.contains(column.name())) {
                refusals.add(new ImportProblem(file.name(), 1, column.name(), "is required but missing from the "
                        + "header row"));
            }
        }
    }

    private void warnUnknownColumns(List<String> columns) {
        for (String column : columns) {
            if (!checker.isKnown(column) && warnedColumns.add(column)) {
                warnings.add(1, column, "unknown column kept with each row");
            }
        }
    }

    private void accept(SourceRow row, long fileId) throws InterruptedException {
        List<ImportProblem> rowProblems = new ArrayList<>(2);
        CheckedRow checked = checker.check(row, rowProblems);
        T value = checked == null ? null : mapper.map(checked, file.name(), rowProblems, warnings);
        if (value == null) {
            if (options.lenient()) {
                // the text as sent is taken now, while the reader still holds it
                filling.rejected.add(new Rejected(row.line(), row.raw(), rowProblems));
            } else {
                refusals.addAll(rowProblems);
            }
        } else {
            // written even once the file is refused (the transaction is rolled back): only writing finds the
            // repeats and conflicts, and a refusal lists every problem
            filling.rows.add(new EvidenceRow<>(value, ContentHash.of(checked, FileColumns.of(file.kind())),
                    row.line()));
            filling.sources.add(row);
        }
        if (filling.size() >= BATCH) {
            filling.bind(mapper.table(), fileId);
            hand(filling);
            filling = new Batch<>();
        }
    }

    /** The writing thread: quarantine and insert one batch, then sort out the rows whose key was already there. */
    private void write(Batch<T> batch, ImportWriter writer, long fileId) {
        for (Rejected r : batch.rejected) {
            quarantine(r.line(), r.raw(), r.problems(), writer, fileId);
        }
        if (batch.rows.isEmpty()) {
            return;
        }
        List<Collision> collisions = writer.insert(batch.bound);
        imported += batch.rows.size() - collisions.size();
        for (Collision c : collisions) {
            if (c.sameFile()) {
                ImportProblem repeat = new ImportProblem(file.name(), c.line(), keyColumn(),
                        CollisionReasons.repeat(c));
                if (options.lenient()) {
                    quarantine(c.line(), batch.sourceOf(c.line()).raw(), List.of(repeat), writer, fileId);
                } else {
                    refusals.add(repeat);
                }
            } else if (c.sameContent()) {
                duplicates++;
            } else {
                refusals.add(new ImportProblem(file.name(), c.line(), keyColumn(), CollisionReasons.conflict(c)));
            }
        }
    }

    static ImportProblem hashMismatch(String fileName, String actual, String declared) {
        return new ImportProblem(fileName, 0, null, "SHA-256 is " + actual + ", but manifest.json says " + declared
                + ": the bundle was damaged or altered");
    }

    private String keyColumn() {
        return switch (file.kind()) {
            case ACCOUNTS -> "account_id";
            case EVENTS -> "event_id";
            case LEGAL_REQUESTS -> "request_id";
            case PRICES -> "asset, at";
        };
    }

    private void quarantine(long line, String raw, List<ImportProblem> problems, ImportWriter writer, long fileId) {
        quarantinedRows++;
        quarantined.addAll(problems);
        String reasons = String.join("; ", problems.stream().map(p ->
                (p.column() == null ? "" : p.column() + ": ") + p.reason()).toList());
        writer.quarantine(fileId, file.name(), line, raw, reasons);
    }

    private void refuse(long line, String reason) {
        refusals.add(new ImportProblem(file.name(), line, null, reason));
    }

    /** A row a lenient import sets aside, as sent, with why. */
    private record Rejected(long line, String raw, List<ImportProblem> problems) {
    }

    /** Rows handed from the reader to the writer; an empty batch with {@code end} set closes the file. */
    private static final class Batch<T> {
        final List<EvidenceRow<T>> rows = new ArrayList<>(BATCH);
        final List<SourceRow> sources = new ArrayList<>(BATCH);
        final List<Rejected> rejected = new ArrayList<>();
        BoundRows<T> bound;
        private boolean end;

        /** Binds the rows for the writer, on the reading thread (so hashing them for the seal happens there too). */
        void bind(EvidenceTable<T> table, long fileId) {
            bound = table.bind(fileId, rows);
        }

        static <T> Batch<T> end() {
            Batch<T> batch = new Batch<>();
            batch.end = true;
            return batch;
        }

        boolean isEnd() {
            return end;
        }

        int size() {
            return rows.size() + rejected.size();
        }

        SourceRow sourceOf(long line) {
            for (SourceRow source : sources) {
                if (source.line() == line) {
                    return source;
                }
            }
            throw new IllegalStateException("no row at line " + line + " in this batch");
        }
    }
}
