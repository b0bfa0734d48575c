package io.ledgerline.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerline.analysis.AnalysisResult;
import io.ledgerline.analysis.CompromisedAccount;
import io.ledgerline.analysis.PlaybookService;
import io.ledgerline.analysis.PlaybookSettings;
import io.ledgerline.demo.DecoyKind;
import io.ledgerline.demo.DemoGenerator;
import io.ledgerline.demo.DemoOptions;
import io.ledgerline.demo.DemoSummary;
import io.ledgerline.demo.PlantedDecoy;
import io.ledgerline.domain.Progress;
import io.ledgerline.importer.ImportOptions;
import io.ledgerline.importer.ImportService;
import io.ledgerline.store.CaseFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if over an imported demo incident, checked against the bundle's own rows and ground truth. */
class WhatIfServiceTest {

    @TempDir
    static Path tmp;
    static DemoSummary demo;
    static CaseFile caseFile;
    static Map<String, List<CSVRecord>> byAccount;

    @BeforeAll
    static void importDemo() throws IOException {
        Path bundle = tmp.resolve("b");
        demo = new DemoGenerator().write(bundle, DemoOptions.folder(0.5, 7), Progress.NONE);
        caseFile = CaseFile.create(tmp.resolve("c.ledgerline"));
        new ImportService().importBundle(bundle, caseFile, ImportOptions.STRICT, Progress.NONE);
        byAccount = new TreeMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(bundle.resolve("events.csv"));
                CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            for (CSVRecord row : p) {
                byAccount.computeIfAbsent(row.get("account_id"), k -> new ArrayList<>()).add(row);
            }
        }
        // stable: same-instant rows keep file order, as the case keeps import order
        byAccount.values().forEach(rows -> rows.sort(Comparator.comparing(WhatIfServiceTest::at)));
    }

    @AfterAll
    static void close() {
        caseFile.close();
    }

    private static Instant at(CSVRecord row) {
        return OffsetDateTime.parse(row.get("occurred_at")).toInstant();
    }

    private static boolean succeeded(CSVRecord row) {
        return row.get("outcome").isEmpty() || row.get("outcome").equals("success");
    }

    private static WhatIfResult run(List<Control> controls) {
        return new WhatIfService().run(caseFile, PlaybookSettings.defaults(), controls, Progress.NONE);
    }

    /** Successful withdrawals to an address whose latest add was less than {@code age} before, read off the CSV. */
    private static Set<String> withdrawalsToAddressesYoungerThan(Duration age) {
        Set<String> ids = new TreeSet<>();
        byAccount.values().forEach(rows -> {
            Map<String, Instant> added = new HashMap<>();
            for (CSVRecord row : rows) {
                if (!succeeded(row) || row.get("address").isEmpty()) {
                    continue;
                }
                if (row.get("type").equals("ADDRESS_ADDED")) {
                    added.put(row.get("address"), at(row));
                } else if (row.get("type").equals("WITHDRAWAL") && added.containsKey(row.get("address"))
                        && at(row).isBefore(added.get(row.get("address")).plus(age))) {
                    ids.add(row.get("event_id"));
                }
            }
        });
        return ids;
    }

    private static Set<String> caught(ControlOutcome outcome) {
        return outcome.accounts().stream().flatMap(a -> a.withdrawals().stream())
                .filter(w -> w.verdict() != Verdict.NOT_STOPPED).map(w -> w.withdrawal().eventId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String decoy(DecoyKind kind) {
        return demo.decoys().stream().filter(d -> d.kind() == kind).map(PlantedDecoy::accountId).findFirst()
                .orElseThrow();
    }

    @Test
    void aDayOfCooldownStopsEveryWithdrawalToAnAddressAddedLessThanADayBeforeAndNoneLater() {
        ControlOutcome cooldown = run(List.of(AddressCooldown.DEFAULTS)).controls().get(0);
        Set<String> young = withdrawalsToAddressesYoungerThan(Duration.ofHours(24));
        Set<String> unauthorized = demo.victims().stream().flatMap(v -> v.unauthorizedWithdrawalIds().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(young.containsAll(unauthorized), "every planted theft went to a fresh address");
        assertEquals(unauthorized, caught(cooldown));
        assertEquals(young.size() - unauthorized.size(), cooldown.friction().events(StopKind.WITHDRAWAL),
                "every other young-address withdrawal, and no later one, is honest friction");
    }

    @Test
    void judicialCooperationPreventsTheWholeLossBecauseEveryTakeoverFollowedADisclosure() {
        WhatIfResult result = run(List.of(VerifiedJudicialCooperation.DEFAULTS));
        AnalysisResult playbook = new PlaybookService().analyze(caseFile, PlaybookSettings.defaults(),
                Progress.NONE);
        assertEquals(playbook.totalLossUsdExact(), result.loss().usdExact());
        ControlOutcome judicial = result.controls().get(0);
        assertEquals(0, playbook.totalLossUsdExact().compareTo(judicial.prevented().usdExact()));
        assertEquals(playbook.compromised().stream().map(CompromisedAccount::accountId).toList(),
                judicial.accounts().stream().map(AccountOutcome::accountId).toList());
        for (AccountOutcome a : judicial.accounts()) {
            assertEquals("DATA_DISCLOSURE", a.stoppedAt().type());
            assertTrue(a.stoppedAt().at().isBefore(a.window().start()));
        }
        assertEquals(0, judicial.friction().affectedAccounts().size());
    }

    @Test
    void frictionIsCountedOnTheDecoys() {
        String lateAddress = decoy(DecoyKind.ADDRESS_USED_THREE_DAYS_LATER);
        String newPhone = decoy(DecoyKind.NEW_DEVICE_WITHOUT_FRESH_ADDRESS);
        String password = decoy(DecoyKind.PASSWORD_CHANGE_WITHOUT_WITHDRAWAL);
        List<ControlOutcome> outcomes = run(List.of(AddressCooldown.DEFAULTS,
                new AddressCooldown(Duration.ofHours(100)), NewCountryStepUp.DEFAULTS, ChangeHold.DEFAULTS))
                .controls();
        assertFalse(outcomes.get(0).friction().accounts().get(StopKind.WITHDRAWAL).contains(lateAddress));
        assertTrue(outcomes.get(1).friction().accounts().get(StopKind.WITHDRAWAL).contains(lateAddress),
                "a cool-down longer than three days delays the decoy's late withdrawal");
        assertFalse(outcomes.get(2).friction().accounts().get(StopKind.LOGIN).contains(newPhone),
                "a new phone at home is no new country");
        boolean withdrewWithinADayOfTheChange = withdrewWithin(password, Duration.ofHours(24));
        assertEquals(withdrewWithinADayOfTheChange,
                outcomes.get(3).friction().accounts().get(StopKind.WITHDRAWAL).contains(password));
    }

    private static boolean withdrewWithin(String account, Duration hold) {
        Instant change = null;
        for (CSVRecord row : byAccount.get(account)) {
            if (succeeded(row) && row.get("type").equals("PASSWORD_CHANGE")) {
                change = at(row);
            } else if (succeeded(row) && row.get("type").equals("WITHDRAWAL") && change != null
                    && at(row).isBefore(change.plus(hold))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theCombinationPreventsAtLeastWhatEachPartDoes() {
        WhatIfResult result = run(ControlCatalog.defaults());
        ControlOutcome combined = result.controls().get(result.controls().size() - 1);
        for (ControlOutcome alone : result.controls().subList(0, result.controls().size() - 1)) {
            assertTrue(combined.preventedWithdrawals() >= alone.preventedWithdrawals(), alone.control().name());
            assertTrue(combined.friction().affectedAccounts().containsAll(alone.friction().affectedAccounts()));
        }
        assertEquals(result.honestAccounts() + result.compromisedAccounts(), byAccount.size());
    }
}
