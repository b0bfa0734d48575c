package io.ledgerline.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.domain.CancelledException;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.domain.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic case export (ledgerline-case/1, ../shared/case-format.md) with a planted incident: forged and
 * unverified judicial data requests, then account takeovers of the disclosed accounts by two attacker clusters, amid
 * background activity and decoys the playbook must not flag. For demos, manual testing and load tests.
 *
 * <p>Size: scale 1 writes about 20,000 events (210 accounts); events grow linearly with scale (scale 50 ≈ 1.02
 * million). The incident is fixed at every scale: eight victims (five in cluster 1, three in cluster 2), three decoys,
 * seven legal requests. Output is deterministic: the same seed and scale give a byte-identical bundle, the manifest
 * included. events.csv is ordered per account (each account's events in time order), not globally.
 *
 * <p>Streams: one account's events are in memory at a time, and SHA-256 and row counts are taken while writing.
 * Runs on the caller's thread; reports progress and honours cancellation through {@link Progress}.
 */
public final class DemoGenerator {

    static final String TITLE = "Demo: account takeovers after forged judicial data requests";

    /**
     * Writes the bundle to {@code out}: a folder (created if absent, refused if not empty), or with
     * {@link DemoOptions#zip()} a zip file at that path. On failure or cancellation nothing is left behind.
     *
     * @throws LedgerlineException with a user message when the bundle cannot be written
     * @throws CancelledException  when cancelled
     */
    public DemoSummary write(Path out, DemoOptions options, Progress progress) {
        DemoWorld world = new DemoWorld(options);
        BundleTarget target;
        try {
            target = BundleTarget.of(out, options.zip());
        } catch (IOException e) {
            throw new LedgerlineException("Cannot create the demo case at " + out + ": " + e.getMessage() + ".", e);
        }
        try (target) {
            return writeAll(target, world, out, progress);
        } catch (IOException e) {
            target.discard();
            throw new LedgerlineException("Cannot write the demo case to " + out + ": " + e.getMessage()
                    + ". Nothing was kept; check free space and permissions, then try again.", e);
        } catch (RuntimeException e) {
            target.discard();
            throw e;
        }
    }

    /** Writes the planted ground truth (victims, clusters, unauthorized withdrawal ids, decoys) as JSON. */
    public void writeGroundTruth(DemoSummary summary, Path jsonFile) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("case_id", summary.caseId());
        ArrayNode victims = root.putArray("victims");
        for (PlantedVictim v : summary.victims()) {
            ObjectNode node = victims.addObject().put("account_id", v.accountId()).put("cluster", v.cluster())
                    .put("request_id", v.requestId()).put("frozen", v.frozen());
            v.unauthorizedWithdrawalIds().forEach(node.putArray("unauthorized_withdrawals")::add);
        }
        ArrayNode decoys = root.putArray("decoys");
        summary.decoys().forEach(d -> decoys.addObject().put("account_id", d.accountId()).put("kind",
                d.kind().name()));
        try {
            Files.writeString(jsonFile, mapper.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new LedgerlineException("Cannot write the ground truth to " + jsonFile + ": " + e.getMessage()
                    + ".", e);
        }
    }

    private static DemoSummary writeAll(BundleTarget target, DemoWorld world, Path out, Progress progress)
            throws IOException {
        List<BundleFile> files = new ArrayList<>();
        progress.update(0, world.accountCount, "Writing accounts");
        files.add(AccountsFile.write(target, world));
        files.add(LegalRequestsFile.write(target, world.plan));

        EventStream events = new EventStream(world);
        CsvSink eventSink = new CsvSink(BundleLayout.EVENTS, target.create(BundleLayout.EVENTS),
                BundleLayout.EVENT_COLUMNS);
        events.write(eventSink, progress);
        files.add(eventSink.finish());

        CsvSink prices = new CsvSink(BundleLayout.PRICES, target.create(BundleLayout.PRICES),
                BundleLayout.PRICE_COLUMNS);
        PriceSeries.write(prices, world.random(-1, DemoWorld.PRICE_STREAM));
        files.add(prices.finish());

        progress.checkCancelled();
        ManifestWriter.write(target.create(BundleLayout.MANIFEST), world.caseId(), TITLE, DemoWorld.EXPORTED_AT,
                files);
        return new DemoSummary(out, world.caseId(), files, events.perType(), victims(world, events.unauthorizedIds()),
                decoys(world));
    }

    private static List<PlantedVictim> victims(DemoWorld world, Map<String, List<String>> unauthorized) {
        List<PlantedVictim> victims = new ArrayList<>();
        for (int cluster = 1; cluster <= 2; cluster++) {
            for (AttackPlan.Victim v : world.plan.victims.values()) {
                if (v.cluster() == cluster) {
                    victims.add(new PlantedVictim(v.accountId(), v.cluster(), v.requestId(),
                            unauthorized.getOrDefault(v.accountId(), List.of()), v.frozen()));
                }
            }
        }
        return victims;
    }

    private static List<PlantedDecoy> decoys(DemoWorld world) {
        return world.plan.decoys.values().stream().map(d -> new PlantedDecoy(d.accountId(), d.kind()))
                .sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
    }
}
