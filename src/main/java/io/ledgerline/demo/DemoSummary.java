package io.ledgerline.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link DemoGenerator#write} wrote, and the ground truth planted in it. The ground truth is never part of the
 * bundle (an unlisted data file would make the importer refuse it); see {@link DemoGenerator#writeGroundTruth}.
 *
 * @param files         the data files in manifest order, with their SHA-256 and data-row counts
 * @param eventsPerType events.csv rows per event type, sorted by type
 * @param victims       the planted victims, cluster 1 first
 * @param decoys        the planted decoys, one per {@link DecoyKind}
 */
public record DemoSummary(Path bundle, String caseId, List<BundleFile> files, Map<String, Long> eventsPerType,
        List<PlantedVictim> victims, List<PlantedDecoy> decoys) {

    public DemoSummary {
        files = List.copyOf(files);
        eventsPerType = Map.copyOf(eventsPerType);
        victims = List.copyOf(victims);
        decoys = List.copyOf(decoys);
    }

    /** Data rows of the named file (e.g. "events.csv"); throws when the bundle has no such file. */
    public long rows(String fileName) {
        return files.stream().filter(f -> f.name().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + fileName + " in the bundle")).rows();
    }

    public long events() {
        return rows(BundleLayout.EVENTS);
    }

    public List<String> victimAccountIds() {
        return victims.stream().map(PlantedVictim::accountId).toList();
    }

    public List<String> decoyAccountIds() {
        return decoys.stream().map(PlantedDecoy::accountId).toList();
    }
}
