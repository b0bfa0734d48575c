package io.ledgerline.store;

import static io.ledgerline.store.jooq.Tables.ACCOUNTS;
import static io.ledgerline.store.jooq.Tables.EVENTS;
import static io.ledgerline.store.jooq.Tables.IMPORTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUESTS;
import static io.ledgerline.store.jooq.Tables.LEGAL_REQUEST_ACCOUNTS;

import io.ledgerline.domain.Account;
import io.ledgerline.domain.EpochMicros;
import io.ledgerline.domain.Event;
import io.ledgerline.domain.LegalRequest;
import io.ledgerline.domain.Verification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** What the reports read from a case, in sets: a few queries whatever the case's size. Off the UI thread. */
public final class ReportStore {

    /** Ids per IN list, well under SQLite's bound-parameter limit. */
    private static final int CHUNK = 500;

    private final CaseFile caseFile;

    public ReportStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The latest import's manifest header (case id, title, export time and exporter). */
    public CaseHeader header() {
        return caseFile.dsl().selectFrom(IMPORTS).where(IMPORTS.CASE_ID.isNotNull()).orderBy(IMPORTS.ID.desc())
                .limit(1).fetchOptional()
                .map(r -> new CaseHeader(r.getCaseId(), r.getTitle(), r.getExportedAt(), r.getExportedBy()))
                .orElse(new CaseHeader(null, null, null, null));
    }

    /** When the case last changed by an import (RFC 3339 UTC text), or null before any import. */
    public String lastImportedAt() {
        return caseFile.dsl().select(DSL.max(IMPORTS.IMPORTED_AT)).from(IMPORTS).fetchOne(0, String.class);
    }

    /** The accounts with these ids that the case has, by id. */
    public Map<String, Account> accounts(Collection<String> accountIds) {
        Map<String, Account> found = new HashMap<>();
        for (List<String> chunk : chunks(accountIds)) {
            caseFile.dsl().selectFrom(ACCOUNTS).where(ACCOUNTS.ACCOUNT_ID.in(chunk)).forEach(r -> found.put(
                    r.getAccountId(), new Account(r.getAccountId(),
                            r.getOpenedAt() == null ? null : EpochMicros.toInstant(r.getOpenedAt()),
                            r.getOpenedAtText(), r.getKycLevel(), r.getCountry(), r.getEmailMasked(),
                            r.getPhoneMasked(), r.getStatus(), ExtraColumnsJson.read(r.getExtra()),
                            r.getSourceLine())));
        }
        return found;
    }

    /** Every event of these accounts, ordered by account, time and import order, one at a time to {@code sink}. */
    public void eventsOf(Collection<String> accountIds, Consumer<Event> sink) {
        List<String> sorted = accountIds.stream().sorted().toList();
        for (List<String> chunk : chunks(sorted)) {
            try (var cursor = caseFile.dsl().selectFrom(EVENTS).where(EVENTS.ACCOUNT_ID.in(chunk))
                    .orderBy(EVENTS.ACCOUNT_ID, EVENTS.OCCURRED_AT, EVENTS.ID).fetchSize(1_000).fetchLazy()) {
                cursor.forEach(r -> sink.accept(AccountStore.toEvent(r)));
            }
        }
    }

    /** Every event of these accounts in time order (ties in import order), one at a time to {@code sink}. */
    public void eventsByTime(Collection<String> accountIds, Consumer<Event> sink) {
        if (accountIds.isEmpty()) {
            return;
        }
        try (var cursor = caseFile.dsl().selectFrom(EVENTS).where(EVENTS.ACCOUNT_ID.in(accountIds))
                .orderBy(EVENTS.OCCURRED_AT, EVENTS.ID).fetchSize(1_000).fetchLazy()) {
            cursor.forEach(r -> sink.accept(AccountStore.toEvent(r)));
        }
    }

    /** The events with these exporter ids that the case has, by id. */
    public Map<String, Event> events(Collection<String> eventIds) {
        Map<String, Event> found = new HashMap<>();
        for (List<String> chunk : chunks(eventIds)) {
            caseFile.dsl().selectFrom(EVENTS).where(EVENTS.EVENT_ID.in(chunk))
                    .forEach(r -> found.put(r.getEventId(), AccountStore.toEvent(r)));
        }
        return found;
    }

    /** Every legal request, by received time then id, with the accounts it names (trimmed ids, sorted). */
    public List<LegalRequest> legalRequests() {
        Map<String, List<String>> accounts = new HashMap<>();
        caseFile.dsl().selectFrom(LEGAL_REQUEST_ACCOUNTS)
                .orderBy(LEGAL_REQUEST_ACCOUNTS.REQUEST_ID, LEGAL_REQUEST_ACCOUNTS.ACCOUNT_ID)
                .forEach(r -> accounts.computeIfAbsent(r.getRequestId(), k -> new ArrayList<>())
                        .add(r.getAccountId()));
        return caseFile.dsl().selectFrom(LEGAL_REQUESTS)
                .orderBy(LEGAL_REQUESTS.RECEIVED_AT, LEGAL_REQUESTS.REQUEST_ID)
                .fetch(r -> new LegalRequest(r.getRequestId(), EpochMicros.toInstant(r.getReceivedAt()),
                        r.getReceivedAtText(), r.getAgency(), r.getJurisdiction(), r.getDocumentRef(),
                        r.getRequestedData(), accounts.getOrDefault(r.getRequestId(), List.of()),
                        r.getAccountIds(),
                        r.getDisclosedAt() == null ? null : EpochMicros.toInstant(r.getDisclosedAt()),
                        r.getDisclosedAtText(), Verification.parse(r.getVerification()).orElseThrow(), r.getNotes(),
                        ExtraColumnsJson.read(r.getExtra()), r.getSourceLine()));
    }

    /**
     * Where each of these ips, device ids and addresses (of any event type) shows up in the whole case, per account:
     * one scan of the events whatever the number of indicators (the columns carry no index).
     */
    public IndicatorSightings sightings(Collection<String> ipValues, Collection<String> deviceValues,
            Collection<String> addressValues) {
        IndicatorSightings found = new IndicatorSightings();
        // hash sets: a value column may be NULL, which sorted sets cannot be asked about
        Set<String> ips = new HashSet<>(ipValues);
        Set<String> devices = new HashSet<>(deviceValues);
        Set<String> addresses = new HashSet<>(addressValues);
        if (ips.isEmpty() && devices.isEmpty() && addresses.isEmpty()) {
            return found;
        }
        try (var cursor = caseFile.dsl().select(EVENTS.IP, EVENTS.DEVICE_ID, EVENTS.ADDRESS, EVENTS.ACCOUNT_ID,
                        EVENTS.OCCURRED_AT)
                .from(EVENTS)
                .where(in(EVENTS.IP, ips).or(in(EVENTS.DEVICE_ID, devices)).or(in(EVENTS.ADDRESS, addresses)))
                .fetchSize(1_000).fetchLazy()) {
            cursor.forEach(r -> {
                var at = EpochMicros.toInstant(r.value5());
                if (ips.contains(r.value1())) {
                    found.ips().see(r.value1(), r.value4(), at);
                }
                if (devices.contains(r.value2())) {
                    found.devices().see(r.value2(), r.value4(), at);
                }
                if (addresses.contains(r.value3())) {
                    found.addresses().see(r.value3(), r.value4(), at);
                }
            });
        }
        return found;
    }

    private static org.jooq.Condition in(Field<String> column, Collection<String> values) {
        return values.isEmpty() ? DSL.falseCondition() : column.in(values);
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
