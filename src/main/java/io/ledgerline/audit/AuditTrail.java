package io.ledgerline.audit;

import io.ledgerline.domain.AuditEntry;
import io.ledgerline.domain.Investigator;
import io.ledgerline.domain.LedgerlineException;
import io.ledgerline.store.AuditLogStore;
import io.ledgerline.store.CaseFile;
import io.ledgerline.store.InvestigatorStore;
import io.ledgerline.store.Tx;
import io.ledgerline.store.WrittenRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way an investigator's change is written to a case: the change and its audit entry in one transaction, the
 * entry chained to the previous one and signed with the investigator's key. Any thread; writes are serialised by the
 * case.
 *
 * <pre>{@code
 * trail.record(tx -> {
 *     WrittenRow row = SomeStore.add(tx, ...);
 *     return new Recorded<>(row, Change.of("thing.set", row, accountId, before, reason));
 * });
 * }</pre>
 */
public final class AuditTrail {

    private final CaseFile caseFile;
    private final Profile profile;
    private final Clock clock;

    private AuditTrail(CaseFile caseFile, Profile profile, Clock clock) {
        this.caseFile = caseFile;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * The trail of {@code caseFile} written as {@code profile}; registers the profile's public key in the case (an
     * audit entry of its own) when it is new there.
     *
     * @throws LedgerlineException if the key is registered in the case under another name
     */
    public static AuditTrail open(CaseFile caseFile, Profile profile, Clock clock) {
        AuditTrail trail = new AuditTrail(caseFile, profile, clock);
        caseFile.write(tx -> {
            Optional<Investigator> registered = InvestigatorStore.find(tx, profile.keyId());
            if (registered.isEmpty()) {
                WrittenRow row = InvestigatorStore.register(tx, profile.asInvestigator(clock.instant()));
                trail.append(tx, Change.of("investigator.register", row, null, null, null));
            } else if (!registered.get().name().equals(profile.name())) {
                throw new LedgerlineException("Your key is registered in " + caseFile.displayName() + " as "
                        + registered.get().name() + ", but your profile says " + profile.name() + ".");
            }
            return null;
        });
        return trail;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    /** The name every change is recorded under. */
    public String investigator() {
        return profile.name();
    }

    public String keyId() {
        return profile.keyId();
    }

    /** Now (UTC) from the trail's clock, which stamps both a change and its entry. */
    public Instant now() {
        return clock.instant();
    }

    /** Runs {@code work} in one transaction and appends the change it reports; returns the work's result. */
    public <T> T record(Function<Tx, Recorded<T>> work) {
        return caseFile.write(tx -> {
            Recorded<T> recorded = work.apply(tx);
            append(tx, recorded.change());
            return recorded.value();
        });
    }

    /** Appends {@code change} inside a transaction already open on this case; returns the entry as stored. */
    public AuditEntry append(Tx tx, Change change) {
        Optional<AuditEntry> last = AuditLogStore.last(tx);
        AuditEntry entry = new AuditEntry(last.map(e -> e.seq() + 1).orElse(1L), clock.instant(), profile.keyId(),
                profile.name(), change.action(), change.objectType(), change.objectId(), change.accountId(),
                change.before() == null ? null : Canonical.json(change.before()),
                change.after() == null ? null : Canonical.json(change.after()), change.reason(),
                last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS), null, null);
        AuditEntry sealed = entry.sealed(EntryHash.of(entry), profile.sign(EntryHash.signedBytes(entry)));
        AuditLogStore.append(tx, sealed);
        return sealed;
    }
}
