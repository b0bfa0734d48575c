package io.ledgerline.importer;

import io.ledgerline.audit.AuditTrail;
import io.ledgerline.audit.Change;
import io.ledgerline.domain.ImportProblem;
import io.ledgerline.domain.InputRefusedException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import io.ledgerline.domain.ToolVersion;
import io.ledgerline.importer.bundle.BundleSource;
import io.ledgerline.importer.bundle.DecompressionBudget;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.ImportCustodyStore;
import io.ledgerline.store.ImportHeader;
import io.ledgerline.store.ImportStore;
import io.ledgerline.store.ImportedFile;
import io.ledgerline.store.ImportWriter;
import io.ledgerline.store.Tx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a case export (../shared/case-format.md) into a case: all of it in one transaction, or — when refused,
 * cancelled or failing — nothing at all. Runs on the caller's thread; progress and cancellation through
 * {@link Progress}.
 */
public final class ImportService {

    private final Clock clock;

    public ImportService(Clock clock) {
        this.clock = clock;
    }

    public ImportService() {
        this(Clock.systemUTC());
    }

    /**
     * @throws InputRefusedException with every problem found, when the bundle is refused (the case is unchanged)
     * @throws io.ledgerline.domain.CancelledException when cancelled (the case is unchanged)
     */
    public ImportReport importBundle(Path bundlePath, CaseFile caseFile, ImportOptions options, Progress progress) {
        return importBundle(bundlePath, caseFile, null, options, progress);
    }

    /**
     * As {@link #importBundle(Path, CaseFile, ImportOptions, Progress)}, and records the import in {@code trail}, in the
     * same transaction (action {@value #ACTION}; its "after" is the import's custody rows with their evidence seals),
     * which anchors the seals in the signed chain. Without a trail (tests, benchmarks) verify reports the import as
     * not in the audit trail.
     */
    public ImportReport importBundle(Path bundlePath, AuditTrail trail, ImportOptions options, Progress progress) {
        return importBundle(bundlePath, trail.caseFile(), trail, options, progress);
    }

    /** The audit trail's name for an import. */
    public static final String ACTION = "import.bundle";

    private ImportReport importBundle(Path bundlePath, CaseFile caseFile, AuditTrail trail, ImportOptions options,
            Progress progress) {
        if (!Files.exists(bundlePath)) {
            throw new InputRefusedException("No case export at " + bundlePath + ".");
        }
        long started = System.nanoTime();
        try (BundleSource bundle = BundleSource.open(bundlePath, options.limits())) {
            List<ImportProblem> problems = new ArrayList<>();
            Manifest manifest = readManifest(bundle, problems);
            BundlePlan plan = manifest == null ? null : BundlePlan.of(bundle, manifest, problems);
            refuseIfAny(bundle.name(), problems, problems.size(), 0);

            // A file is hashed while it is imported (one read, not two); only a file the case already holds is
            // hashed up front, to prove it is that same file before skipping it.
            ImportStore store = new ImportStore(caseFile);
            Map<FileKind, Long> sizes = new EnumMap<>(FileKind.class);
            List<FileReport> skipped = new ArrayList<>();
            Map<FileKind, DataFileName> toImport = new EnumMap<>(FileKind.class);
            for (Map.Entry<FileKind, DataFileName> entry : plan.files.entrySet()) {
                FileKind kind = entry.getKey();
                DataFileName file = entry.getValue();
                Manifest.ListedFile listed = plan.listed.get(kind);
                sizes.put(kind, bundle.size(file.name()));
                if (!store.isImported(listed.sha256())) {
                    toImport.put(kind, file);
                } else if (hashMatches(bundle, file.name(), listed.sha256(), problems, progress)) {
                    skipped.add(new FileReport(file.name(), kind, listed.sha256(), sizes.get(kind), listed.rows(),
                            0, 0, 0, List.of(), 0, true));
                }
            }
            refuseIfAny(bundle.name(), problems, problems.size(), 0);
            if (toImport.isEmpty()) {
                return new ImportReport(bundle.name(), null, options.lenient(), skipped, List.of(), plan.notes,
                        millisSince(started));
            }
            long totalBytes = toImport.keySet().stream().mapToLong(sizes::get).sum();
            ImportRun run = new ImportRun(bundle, manifest, plan, toImport, sizes, options,
                    new ImportProgress(progress, totalBytes), store.accountIds());
            return store.write(writer -> {
                ImportReport report = run.execute(writer, header(bundle, manifest, options), skipped, started);
                if (trail != null && report.importId() != null) {
                    trail.append(writer.tx(), custodyChange(ACTION, writer.tx(), report.importId()));
                }
                return report;
            });
        } catch (IOException e) {
            throw unreadable(bundlePath, e);
        } catch (UncheckedIOException e) {
            throw unreadable(bundlePath, e.getCause());
        }
    }

    /** The audit entry of an import: its custody rows with their evidence seals, as written in {@code tx}. */
    public static Change custodyChange(String action, Tx tx, long importId) {
        return new Change(action, "imports", String.valueOf(importId), null, null,
                ImportCustodyStore.custody(tx, importId), null);
    }

    private static LedgerlineException unreadable(Path bundlePath, IOException e) {
        String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new LedgerlineException("Cannot read the case export " + bundlePath + ": " + detail
                + ". The case is unchanged.", e);
    }

    private ImportHeader header(BundleSource bundle, Manifest manifest, ImportOptions options) {
        return new ImportHeader(bundle.name(), manifest.format(), manifest.caseId(), manifest.title(),
                manifest.exportedAt(), manifest.exportedBy(), manifest.json(), options.lenient(), clock.instant(),
                ToolVersion.get());
    }

    /** The manifest is small; a larger one is refused rather than cut, and it must be UTF-8 like every data file. */
    static final int MAX_MANIFEST_BYTES = 16 << 20;

    private static Manifest readManifest(BundleSource bundle, List<ImportProblem> problems) throws IOException {
        if (!bundle.contains(ManifestReader.FILE)) {
            problems.add(new ImportProblem(ManifestReader.FILE, 0, null, "is missing: every case export has one"));
            return null;
        }
        byte[] bytes;
        try (InputStream in = bundle.open(ManifestReader.FILE)) {
            bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        }
        if (bytes.length > MAX_MANIFEST_BYTES) {
            problems.add(new ImportProblem(ManifestReader.FILE, 0, null, "is larger than " + MAX_MANIFEST_BYTES
                    + " bytes; a manifest lists files, it does not hold data"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(ManifestReader.FILE, 0, null, "is not valid UTF-8"));
            return null;
        }
        return ManifestReader.read(text, problems);
    }

    private static boolean hashMatches(BundleSource bundle, String name, String expected,
            List<ImportProblem> problems, Progress progress) throws IOException {
        progress.checkCancelled();
        progress.update(0, 0, "Checking " + name);
        String sha;
        try (HashingInputStream in = new HashingInputStream(bundle.open(name))) {
            sha = in.drain();
        }
        if (sha.equals(expected)) {
            return true;
        }
        problems.add(FileImport.hashMismatch(name, sha, expected));
        return false;
    }

    static void refuseIfAny(String bundleName, List<ImportProblem> listed, long total, long unlisted) {
        if (total > 0) {
            throw new InputRefusedException(bundleName + " was refused: " + total + " problem"
                    + (total == 1 ? "" : "s") + "; the case is unchanged.", listed, unlisted);
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** One import's work inside the transaction. */
    private static final class ImportRun {
        private final BundleSource bundle;
        private final BundlePlan plan;
        private final Map<FileKind, DataFileName> toImport;
        private final Map<FileKind, Long> sizes;
        private final ImportOptions options;
        private final ImportProgress progress;
        private final Set<String> knownAccounts;

        ImportRun(BundleSource bundle, Manifest manifest, BundlePlan plan, Map<FileKind, DataFileName> toImport,
                Map<FileKind, Long> sizes, ImportOptions options, ImportProgress progress,
                Set<String> knownAccounts) {
            this.bundle = bundle;
            this.plan = plan;
            this.toImport = toImport;
            this.sizes = sizes;
            this.options = options;
            this.progress = progress;
            this.knownAccounts = knownAccounts;
        }

        ImportReport execute(ImportWriter writer, ImportHeader header, List<FileReport> skipped, long started) {
            long importId = writer.beginImport(header);
            ProblemList refusals = new ProblemList(options.maxProblems());
            List<ImportProblem> quarantined = new ArrayList<>();
            List<FileReport> reports = new ArrayList<>(skipped);
            List<FileReport> imported = new ArrayList<>();
            DecompressionBudget budget = new DecompressionBudget(options.limits().maxDecompressedBytes());
            try {
                for (Map.Entry<FileKind, DataFileName> entry : toImport.entrySet()) {
                    FileKind kind = entry.getKey();
                    Manifest.ListedFile listed = plan.listed.get(kind);
                    long fileId = writer.addFile(importId, new ImportedFile(listed.name(), kind.stem(),
                            listed.sha256(), sizes.get(kind), listed.rows()));
                    FileImport<?> fileImport = new FileImport<>(entry.getValue(), listed, mapperFor(kind), options,
                            refusals, quarantined, progress, sizes.get(kind));
                    imported.add(fileImport.run(bundle, writer, fileId, budget));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            refuseIfAny(bundle.name(), refusals.listed(), refusals.total(), refusals.unlisted());
            // A new file is recorded even when it adds no row (header only, or every row a duplicate): custody is
            // of files received; only a file already in the case (same SHA-256) is skipped without a record.
            reports.addAll(imported);
            return new ImportReport(bundle.name(), importId, options.lenient(), reports, quarantined, plan.notes,
                    millisSince(started));
        }

        private RowMapper<?> mapperFor(FileKind kind) {
            return switch (kind) {
                case ACCOUNTS -> new AccountMapper(knownAccounts);
                case EVENTS -> new EventMapper(knownAccounts);
                case LEGAL_REQUESTS -> new LegalRequestMapper();
                case PRICES -> new PriceMapper();
            };
        }
    }
}
