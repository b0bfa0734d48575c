package io.ledgerline.importer;

import io.ledgerline.domain.ImportProblem;
import io.ledgerline.importer.bundle.BundleSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of a bundle are imported, checked against its manifest before any row is read: every listed file must
 * be a contract data file and present; every data file present must be listed; required kinds must be there.
 */
final class BundlePlan {

    final Map<FileKind, DataFileName> files = new EnumMap<>(FileKind.class);
    final Map<FileKind, Manifest.ListedFile> listed = new EnumMap<>(FileKind.class);
    final List<String> notes = new ArrayList<>();

    /**
     * Files that zip tools and file managers add on their own (macOS resource forks, Finder and Explorer caches). Every
     * other unlisted file refuses the bundle: it may be data the manifest forgot.
     */
    static boolean isOperatingSystemLitter(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.equals(".DS_Store") || base.equals("Thumbs.db")
                || base.equals("desktop.ini");
    }

    static BundlePlan of(BundleSource bundle, Manifest manifest, List<ImportProblem> problems) {
        BundlePlan plan = new BundlePlan();
        String m = ManifestReader.FILE;
        for (Manifest.ListedFile file : manifest.files()) {
            var name = DataFileName.parse(file.name());
            if (name.isEmpty()) {
                problems.add(new ImportProblem(m, 0, "files", "\"" + file.name()
                        + "\" is not a data file of " + Manifest.FORMAT
                        + " (accounts, events, legal_requests or prices; .csv or .jsonl, optionally .gz)"));
                continue;
            }
            FileKind kind = name.get().kind();
            if (plan.files.containsKey(kind)) {
                problems.add(new ImportProblem(m, 0, "files", "lists two " + kind.stem() + " files: "
                        + plan.files.get(kind).name() + " and " + file.name()));
                continue;
            }
            if (!bundle.contains(file.name())) {
                problems.add(new ImportProblem(file.name(), 0, null, "is listed in manifest.json but missing"));
                continue;
            }
            plan.files.put(kind, name.get());
            plan.listed.put(kind, file);
        }
        for (FileKind kind : FileKind.values()) {
            boolean listedByName = manifest.mentioned().stream()
                    .anyMatch(name -> DataFileName.parse(name).map(d -> d.kind() == kind).orElse(false));
            if (kind.required() && !listedByName) {
                problems.add(new ImportProblem(m, 0, "files", "must list the " + kind.stem() + " file"));
            }
        }
        for (String present : bundle.fileNames()) {
            boolean isListed = manifest.mentioned().contains(present);
            if (isListed || present.equals(m)) {
                continue;
            }
            if (isOperatingSystemLitter(present)) {
                plan.notes.add(present + " is file-system metadata, not data, and was not imported");
            } else {
                problems.add(new ImportProblem(present, 0, null,
                        "is in the bundle but not listed in manifest.json; refused as unaccounted data"));
            }
        }
        return plan;
    }
}
